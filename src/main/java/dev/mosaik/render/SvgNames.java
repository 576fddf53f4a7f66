package dev.mosaik.render;

import java.util.HashMap;
import java.util.Map;

/** The camel-case names of SVG, which the HTML parser gives elements and attributes inside {@code svg}. */
final class SvgNames {

    private static final Map<String, String> ELEMENTS =
            byLowerCase("altGlyph altGlyphDef altGlyphItem animateColor animateMotion animateTransform clipPath feBlend"
                    + " feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting"
                    + " feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR"
                    + " feGaussianBlur feImage feMerge feMergeNode feMorphology feOffset fePointLight"
                    + " feSpecularLighting feSpotLight feTile feTurbulence foreignObject glyphRef linearGradient"
                    + " radialGradient textPath");
    private static final Map<String, String> ATTRIBUTES = byLowerCase(
            "attributeName attributeType baseFrequency baseProfile calcMode clipPathUnits diffuseConstant edgeMode"
                    + " filterUnits glyphRef gradientTransform gradientUnits kernelMatrix kernelUnitLength keyPoints"
                    + " keySplines keyTimes lengthAdjust limitingConeAngle markerHeight markerUnits markerWidth"
                    + " maskContentUnits maskUnits numOctaves pathLength patternContentUnits patternTransform"
                    + " patternUnits pointsAtX pointsAtY pointsAtZ preserveAlpha preserveAspectRatio primitiveUnits"
                    + " refX refY repeatCount repeatDur requiredExtensions requiredFeatures specularConstant"
                    + " specularExponent spreadMethod startOffset stdDeviation stitchTiles surfaceScale"
                    + " systemLanguage tableValues targetX targetY textLength viewBox viewTarget xChannelSelector"
                    + " yChannelSelector zoomAndPan");

    private SvgNames() {}

    private static Map<String, String> byLowerCase(String names) {
        Map<String, String> map = new HashMap<>();
        for (String name : names.split(" ")) {
            map.put(name.toLowerCase(java.util.Locale.ROOT), name);
        }
        return Map.copyOf(map);
    }

    /** The name of element {@code lower} (a name in lower case); {@code svg}: inside SVG. */
    static String element(String lower, boolean svg) {
        return svg ? ELEMENTS.getOrDefault(lower, lower) : lower;
    }

    /** The name of attribute {@code lower} (a name in lower case); {@code svg}: on an element of SVG. */
    static String attribute(String lower, boolean svg) {
        return svg ? ATTRIBUTES.getOrDefault(lower, lower) : lower;
    }
}
