import java.io.*;
import java.nio.*;
import java.nio.channels.FileChannel;
import java.nio.file.*;
import java.util.*;

/**
 * Who holds a build's memory: reads a heap dump (HPROF, as {@code jcmd <pid> GC.heap_dump file} writes it) and gives
 * every object's size to its nearest holder, the closest object of a class starting with {@code prefix} (default
 * {@code dev.mosaik}) on its shortest path from the GC roots. Prints the totals per holder class, per holder class
 * and field, and per holder field and class held; then which objects hold the holders. Optionally prints the path
 * from the roots of a few objects of one class that no mosaik object holds.
 *
 * <p>A breadth-first tree, not a dominator tree: an object two holders share goes to the nearer one. Good enough to
 * find what to shrink; it found the 170 MB that session 13 took off a 100,000-page build.
 *
 * <pre>java -Xmx16g bench/heap/HeapHolders.java dump.hprof [prefix] [class to trace]</pre>
 *
 * A development tool, not part of mosaik: run from source, written for speed of writing, not for reading.
 */
public class HeapHolders {
    static int idSize;
    static Map<Long, String> strings = new HashMap<>();
    static Map<Long, Long> classNameId = new HashMap<>();
    // class id -> info
    static class Cls {
        long id, sup;
        String name;
        int instSize;
        long[] fieldNames;
        byte[] fieldTypes;
        long[] staticRefs;
        String[] staticNames;
    }

    static Map<Long, Cls> classes = new HashMap<>();
    static long[] ids;
    static int n;
    static int[] clsOf;
    static long[] size;
    static List<String> fieldNameList = new ArrayList<>();
    static Map<String, Integer> fieldIdx = new HashMap<>();
    static List<Cls> clsList = new ArrayList<>();
    static Map<Long, Integer> clsIdx = new HashMap<>();
    static LongList roots = new LongList();

    static class LongList {
        long[] a = new long[1024];
        int n;

        void add(long v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }
    }

    static class IntList {
        int[] a = new int[1024];
        int n;

        void add(int v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }
    }

    static MappedByteBuffer[] maps;
    static long fileLen;
    static final long CH = 1L << 30;
    static long pos;

    static byte u1() {
        byte b = maps[(int) (pos / CH)].get((int) (pos % CH));
        pos++;
        return b;
    }

    static int u2() {
        return ((u1() & 0xff) << 8) | (u1() & 0xff);
    }

    static int u4() {
        return (u2() << 16) | u2();
    }

    static long u8() {
        return ((long) u4() << 32) | (u4() & 0xffffffffL);
    }

    static long id() {
        return idSize == 8 ? u8() : (u4() & 0xffffffffL);
    }

    static int tsize(int t) {
        switch (t) {
            case 2:
                return idSize;
            case 4:
            case 8:
                return 1;
            case 5:
            case 9:
                return 2;
            case 6:
            case 10:
                return 4;
            case 7:
            case 11:
                return 8;
        }
        throw new RuntimeException("type " + t);
    }

    public static void main(String[] a) throws Exception {
        String prefix = a.length > 1 ? a[1] : "dev.mosaik";
        FileChannel ch = FileChannel.open(Path.of(a[0]));
        fileLen = ch.size();
        int chunks = (int) ((fileLen + CH - 1) / CH);
        maps = new MappedByteBuffer[chunks];
        // overlapping not needed: we read byte by byte across chunks
        for (int i = 0; i < chunks; i++)
            maps[i] = ch.map(FileChannel.MapMode.READ_ONLY, i * CH, Math.min(CH, fileLen - i * CH));
        // header
        while (u1() != 0) {}
        idSize = u4();
        u8();
        long start = pos;
        LongList objIds = new LongList();
        // pass 1: strings, classes, object ids
        for (int pass = 1; pass <= 2; pass++) {
            pos = start;
            if (pass == 2) {
                ids = Arrays.copyOf(objIds.a, objIds.n);
                Arrays.sort(ids);
                n = ids.length;
                clsOf = new int[n];
                size = new long[n];
                Arrays.fill(clsOf, -1);
            }
            while (pos < fileLen) {
                int tag = u1() & 0xff;
                u4();
                long len = u4() & 0xffffffffL;
                long end = pos + len;
                if (tag == 0x01 && pass == 1) {
                    long sid = id();
                    byte[] b = new byte[(int) (len - idSize)];
                    for (int i = 0; i < b.length; i++) b[i] = u1();
                    strings.put(sid, new String(b, "UTF-8"));
                } else if (tag == 0x02 && pass == 1) {
                    u4();
                    long cid = id();
                    u4();
                    long nid = id();
                    classNameId.put(cid, nid);
                } else if (tag == 0x0C || tag == 0x1C) {
                    while (pos < end) {
                        int st = u1() & 0xff;
                        switch (st) {
                            case 0xFF:
                                roots.add(id());
                                break;
                            case 0x01:
                                roots.add(id());
                                id();
                                break;
                            case 0x02:
                                roots.add(id());
                                u4();
                                u4();
                                break;
                            case 0x03:
                                roots.add(id());
                                u4();
                                u4();
                                break;
                            case 0x04:
                                roots.add(id());
                                u4();
                                break;
                            case 0x05:
                                roots.add(id());
                                break;
                            case 0x06:
                                roots.add(id());
                                u4();
                                break;
                            case 0x07:
                                roots.add(id());
                                break;
                            case 0x08:
                                roots.add(id());
                                u4();
                                u4();
                                break;
                            case 0x20: {
                                Cls c = new Cls();
                                c.id = id();
                                u4();
                                c.sup = id();
                                id();
                                id();
                                id();
                                id();
                                id();
                                c.instSize = u4();
                                int cp = u2();
                                for (int i = 0; i < cp; i++) {
                                    u2();
                                    int t = u1();
                                    pos += tsize(t);
                                }
                                int sc = u2();
                                LongList sr = new LongList();
                                List<String> sn = new ArrayList<>();
                                for (int i = 0; i < sc; i++) {
                                    long nm = id();
                                    int t = u1();
                                    if (t == 2) {
                                        long v = id();
                                        if (v != 0) {
                                            sr.add(v);
                                            sn.add("" + nm);
                                        }
                                    } else pos += tsize(t);
                                }
                                int fc = u2();
                                c.fieldNames = new long[fc];
                                c.fieldTypes = new byte[fc];
                                for (int i = 0; i < fc; i++) {
                                    c.fieldNames[i] = id();
                                    c.fieldTypes[i] = u1();
                                }
                                c.staticRefs = Arrays.copyOf(sr.a, sr.n);
                                c.staticNames = sn.toArray(new String[0]);
                                if (pass == 1) {
                                    classes.put(c.id, c);
                                    objIds.add(c.id);
                                } else {
                                    int idx = Arrays.binarySearch(ids, c.id);
                                    Cls cc = classes.get(c.id);
                                    clsOf[idx] = -2;
                                    size[idx] = 0;
                                    setRefs(idx, cc.staticRefs, null, -1);
                                }
                                break;
                            }
                            case 0x21: {
                                long oid = id();
                                u4();
                                long cid = id();
                                int nb = u4();
                                if (pass == 1) {
                                    objIds.add(oid);
                                    pos += nb;
                                } else {
                                    int idx = Arrays.binarySearch(ids, oid);
                                    clsOf[idx] = clsIndex(cid);
                                    size[idx] = 16 + nb;
                                    long p0 = pos;
                                    LongList rr = new LongList();
                                    IntList ff = new IntList();
                                    for (Cls c = classes.get(cid); c != null; c = classes.get(c.sup)) {
                                        for (int i = 0; i < c.fieldTypes.length; i++) {
                                            int t = c.fieldTypes[i];
                                            if (t == 2) {
                                                long v = id();
                                                if (v != 0) {
                                                    rr.add(v);
                                                    ff.add(fieldIndex(strings.get(c.fieldNames[i])));
                                                }
                                            } else pos += tsize(t);
                                        }
                                    }
                                    pos = p0 + nb;
                                    setRefs(idx, Arrays.copyOf(rr.a, rr.n), Arrays.copyOf(ff.a, ff.n), 0);
                                }
                                break;
                            }
                            case 0x22: {
                                long oid = id();
                                u4();
                                int len2 = u4();
                                long acid = id();
                                if (pass == 1) {
                                    objIds.add(oid);
                                    pos += (long) len2 * idSize;
                                } else {
                                    int idx = Arrays.binarySearch(ids, oid);
                                    clsOf[idx] = clsIndex(acid);
                                    size[idx] = 16 + (long) len2 * 4;
                                    LongList rr = new LongList();
                                    for (int i = 0; i < len2; i++) {
                                        long v = id();
                                        if (v != 0) rr.add(v);
                                    }
                                    setRefs(idx, Arrays.copyOf(rr.a, rr.n), null, -1);
                                }
                                break;
                            }
                            case 0x23: {
                                long oid = id();
                                u4();
                                int len2 = u4();
                                int t = u1();
                                if (pass == 1) {
                                    objIds.add(oid);
                                } else {
                                    int idx = Arrays.binarySearch(ids, oid);
                                    clsOf[idx] = primIndex(t);
                                    size[idx] = align(16 + (long) len2 * tsize(t));
                                    setRefs(idx, new long[0], null, -1);
                                }
                                pos += (long) len2 * tsize(t);
                                break;
                            }
                            default:
                                throw new RuntimeException("subtag " + st + " at " + pos);
                        }
                    }
                }
                pos = end;
            }
            System.err.println("pass " + pass + " done, objects " + objIds.n);
        }
        // The references as one array (compressed sparse rows), by object index.
        buildCsr();
        // BFS
        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        int[] q = new int[n];
        int qh = 0, qt = 0;
        for (int i = 0; i < roots.n; i++) {
            int r = Arrays.binarySearch(ids, roots.a[i]);
            if (r >= 0 && parent[r] == -1) {
                parent[r] = r;
                q[qt++] = r;
            }
        }
        int[] pfield = new int[n];
        Arrays.fill(pfield, -1);
        for (int i = 0; i < n; i++)
            if (clsOf[i] == -2 && parent[i] == -1) {
                parent[i] = i;
                q[qt++] = i;
            }
        while (qh < qt) {
            int o = q[qh++];
            for (int k = cs[o]; k < cs[o + 1]; k++) {
                int t = ct[k];
                if (t >= 0 && parent[t] == -1) {
                    parent[t] = o;
                    pfield[t] = cf[k];
                    q[qt++] = t;
                }
            }
        }
        System.err.println("reachable " + qt + " of " + n);
        // holder: nearest ancestor (inclusive) with prefix class; computed in BFS order
        int[] holder = new int[n];
        Arrays.fill(holder, -1);
        int[] hfield = new int[n];
        Arrays.fill(hfield, -1); // the holder's field through which the object is reached
        for (int i = 0; i < qt; i++) {
            int o = q[i];
            String cn = className(o);
            if (cn.startsWith(prefix)) {
                holder[o] = o;
                hfield[o] = -1;
            } else if (parent[o] != o) {
                int p = parent[o];
                holder[o] = holder[p];
                hfield[o] = holder[p] < 0 ? -1 : (holder[p] == p) ? pfield[o] : hfield[p];
            }
        }
        Map<String, long[]> byHolder = new HashMap<>();
        Map<String, long[]> byHolderField = new HashMap<>();
        Map<String, long[]> byHolderFieldType = new HashMap<>();
        long total = 0;
        for (int i = 0; i < qt; i++) {
            int o = q[i];
            total += size[o];
            String h = holder[o] < 0 ? "(none)" : className(holder[o]);
            String f = hfield[o] < 0 ? "" : "." + fieldNameList.get(hfield[o]);
            acc(byHolder, h, size[o]);
            acc(byHolderField, h + f, size[o]);
            acc(byHolderFieldType, h + f + " : " + className(o), size[o]);
        }
        System.out.printf("total reachable %.1f MB%n", total / 1e6);
        if (a.length > 2) {
            // Three objects of the class that no holder holds, spread over the breadth-first order: their paths.
            List<Integer> loose = new ArrayList<>();
            for (int i = 0; i < qt; i++) {
                int o = q[i];
                if (holder[o] < 0 && className(o).equals(a[2])) loose.add(o);
            }
            for (int k = 0; k < 3 && k < loose.size(); k++) {
                int x = loose.get(k * loose.size() / 3);
                StringBuilder sb = new StringBuilder();
                for (int d = 0; d < 25 && parent[x] != x; d++) {
                    sb.append(className(x))
                            .append(pfield[x] >= 0 ? " via ." + fieldNameList.get(pfield[x]) : "")
                            .append("\n   <- ");
                    x = parent[x];
                }
                System.out.println("path: " + sb + className(x));
            }
        }
        print("by holder", byHolder, 40);
        Map<String, long[]> from = new HashMap<>();
        for (int i = 0; i < qt; i++) {
            int o = q[i];
            if (holder[o] == o && parent[o] != o) {
                int p = parent[o];
                String ph = holder[p] < 0 ? "(none)" : className(holder[p]);
                String f = hfield[p] < 0 ? (holder[p] == p ? "" : "") : "." + fieldNameList.get(hfield[p]);
                acc(
                        from,
                        className(o) + " <- " + ph
                                + (holder[p] == p && pfield[o] >= 0 ? "." + fieldNameList.get(pfield[o]) : f),
                        size[o]);
            }
        }
        print("mosaik objects referenced from", from, 40);
        print("by holder field", byHolderField, 60);
        print("by holder field type", byHolderFieldType, 60);
    }

    static long align(long s) {
        return (s + 7) & ~7L;
    }

    static void acc(Map<String, long[]> m, String k, long s) {
        long[] v = m.computeIfAbsent(k, x -> new long[2]);
        v[0] += s;
        v[1]++;
    }

    static void print(String t, Map<String, long[]> m, int top) {
        System.out.println("== " + t);
        m.entrySet().stream()
                .sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0]))
                .limit(top)
                .forEach(e ->
                        System.out.printf("%10.1f MB %10d  %s%n", e.getValue()[0] / 1e6, e.getValue()[1], e.getKey()));
    }

    static String className(int o) {
        int c = clsOf[o];
        if (c == -2) return "(class)";
        if (c < 0) return "?";
        return clsList.get(c).name;
    }

    static int clsIndex(long cid) {
        Integer i = clsIdx.get(cid);
        if (i != null) return i;
        Cls c = classes.get(cid);
        if (c == null) {
            c = new Cls();
            c.id = cid;
            c.fieldTypes = new byte[0];
            classes.put(cid, c);
        }
        c.name = strings.getOrDefault(classNameId.get(cid), "?").replace('/', '.');
        clsList.add(c);
        clsIdx.put(cid, clsList.size() - 1);
        return clsList.size() - 1;
    }

    static Map<Integer, Integer> prim = new HashMap<>();

    static int primIndex(int t) {
        return prim.computeIfAbsent(t, x -> {
            Cls c = new Cls();
            c.name = new String[] {
                        "",
                        "",
                        "",
                        "",
                        "boolean[]",
                        "char[]",
                        "float[]",
                        "double[]",
                        "byte[]",
                        "short[]",
                        "int[]",
                        "long[]"
                    }
                    [t];
            clsList.add(c);
            return clsList.size() - 1;
        });
    }

    static int fieldIndex(String s) {
        return fieldIdx.computeIfAbsent(s, x -> {
            fieldNameList.add(x);
            return fieldNameList.size() - 1;
        });
    }
    // temporary per-object edge lists
    static long[][] tmpRefs;
    static int[][] tmpFields;

    static void setRefs(int idx, long[] r, int[] f, int unused) {
        if (tmpRefs == null) {
            tmpRefs = new long[n][];
            tmpFields = new int[n][];
        }
        tmpRefs[idx] = r;
        tmpFields[idx] = f;
    }

    static int[] cs, ct, cf;

    static void buildCsr() {
        cs = new int[n + 1];
        long tot = 0;
        for (int i = 0; i < n; i++) {
            cs[i] = (int) tot;
            tot += tmpRefs[i] == null ? 0 : tmpRefs[i].length;
        }
        cs[n] = (int) tot;
        ct = new int[(int) tot];
        cf = new int[(int) tot];
        for (int i = 0; i < n; i++) {
            long[] r = tmpRefs[i];
            if (r == null) continue;
            for (int k = 0; k < r.length; k++) {
                ct[cs[i] + k] = Arrays.binarySearch(ids, r[k]);
                cf[cs[i] + k] = tmpFields[i] == null ? -1 : tmpFields[i][k];
            }
            tmpRefs[i] = null;
            tmpFields[i] = null;
        }
    }
}
