package dev.mosaik.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * The pictograms of the printed sheets, drawn once per build with Java2D: a child (childcare), a coin
 * (fee), a wheelchair user (step-free access), a calendar, a pin, steps (level) and a handset (phone). Simple shapes print well in black and white.
 */
final class Pictograms {

    private static final int SIZE = 96;
    private static final Color INK = new Color(0x0B, 0x5C, 0xAB);

    private Pictograms() {}

    static String childcare() {
        return Drawn.CHILDCARE;
    }

    private static String drawChildcare() {
        return draw(g -> {
            g.fill(new Ellipse2D.Double(36, 10, 24, 24));
            Path2D body = new Path2D.Double();
            body.moveTo(28, 40);
            body.lineTo(68, 40);
            body.lineTo(62, 66);
            body.lineTo(66, 88);
            body.lineTo(54, 88);
            body.lineTo(48, 70);
            body.lineTo(42, 88);
            body.lineTo(30, 88);
            body.lineTo(34, 66);
            body.closePath();
            g.fill(body);
        });
    }

    static String fee() {
        return Drawn.FEE;
    }

    private static String drawFee() {
        return draw(g -> {
            // A euro sign from shapes: text would depend on the fonts of the machine that builds.
            g.setStroke(new BasicStroke(7));
            g.draw(new Ellipse2D.Double(12, 12, 72, 72));
            g.draw(new java.awt.geom.Arc2D.Double(30, 28, 40, 40, 45, 270, java.awt.geom.Arc2D.OPEN));
            g.setStroke(new BasicStroke(5));
            g.drawLine(24, 43, 52, 43);
            g.drawLine(24, 53, 52, 53);
        });
    }

    static String access() {
        return Drawn.ACCESS;
    }

    private static String drawAccess() {
        return draw(g -> {
            g.fill(new Ellipse2D.Double(40, 6, 18, 18));
            g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.drawLine(48, 28, 46, 56);
            g.drawLine(46, 56, 70, 56);
            g.drawLine(70, 56, 78, 80);
            g.drawLine(46, 36, 66, 38);
            g.draw(new java.awt.geom.Arc2D.Double(16, 44, 44, 44, 60, 250, java.awt.geom.Arc2D.OPEN));
        });
    }

    static String calendar() {
        return Drawn.CALENDAR;
    }

    private static String drawCalendar() {
        return draw(g -> {
            g.setStroke(new BasicStroke(7));
            g.draw(new RoundRectangle2D.Double(12, 18, 72, 66, 10, 10));
            g.fillRect(12, 18, 72, 18);
            g.fillRect(26, 8, 8, 18);
            g.fillRect(62, 8, 8, 18);
            for (int row = 0; row < 2; row++) {
                for (int col = 0; col < 3; col++) {
                    g.fillRect(24 + col * 18, 46 + row * 16, 10, 9);
                }
            }
        });
    }

    static String place() {
        return Drawn.PLACE;
    }

    private static String drawPlace() {
        return draw(g -> {
            Path2D pin = new Path2D.Double();
            pin.moveTo(48, 90);
            pin.curveTo(20, 56, 16, 42, 16, 36);
            pin.curveTo(16, 18, 30, 6, 48, 6);
            pin.curveTo(66, 6, 80, 18, 80, 36);
            pin.curveTo(80, 42, 76, 56, 48, 90);
            pin.closePath();
            g.fill(pin);
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(36, 24, 24, 24));
        });
    }

    static String level() {
        return Drawn.LEVEL;
    }

    private static String drawLevel() {
        return draw(g -> {
            g.fillRect(14, 60, 18, 26);
            g.fillRect(39, 40, 18, 46);
            g.fillRect(64, 16, 18, 70);
        });
    }

    static String phone() {
        return Drawn.PHONE;
    }

    /** A handset: two ear pieces joined by a curved grip. */
    private static String drawPhone() {
        return draw(g -> {
            g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new java.awt.geom.Arc2D.Double(14, 14, 68, 68, 110, 140, java.awt.geom.Arc2D.OPEN));
            java.awt.geom.AffineTransform turn =
                    java.awt.geom.AffineTransform.getRotateInstance(Math.toRadians(-45), 48, 48);
            g.fill(turn.createTransformedShape(new RoundRectangle2D.Double(4, 36, 22, 26, 8, 8)));
            g.fill(turn.createTransformedShape(new RoundRectangle2D.Double(70, 36, 22, 26, 8, 8)));
        });
    }

    /** Drawn once per process: the images never change, and every sheet shows them. */
    private static final class Drawn {
        static final String CHILDCARE = drawChildcare();
        static final String FEE = drawFee();
        static final String ACCESS = drawAccess();
        static final String CALENDAR = drawCalendar();
        static final String PLACE = drawPlace();
        static final String LEVEL = drawLevel();
        static final String PHONE = drawPhone();
    }

    private interface Drawing {
        void on(Graphics2D g);
    }

    private static String draw(Drawing drawing) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(INK);
        drawing.on(g);
        g.dispose();
        return png(image);
    }

    /** A PNG data URI; ImageIO writes no time stamp, so equal images give equal bytes. */
    static String png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
