package dev.mosaik;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cycles between the classes of one package: the strongly connected components (Tarjan) with more than one
 * member of the graph "class A refers to class B", both in the same package. A cycle means neither class can be
 * understood, tested or moved without the other.
 */
final class ClassCycles {

    private final List<JavaSource> classes;
    private final Map<JavaSource, List<JavaSource>> edges = new HashMap<>();
    private final Map<JavaSource, Integer> index = new HashMap<>();
    private final Map<JavaSource, Integer> low = new HashMap<>();
    private final Deque<JavaSource> stack = new ArrayDeque<>();
    private final List<List<String>> cycles = new ArrayList<>();

    private ClassCycles(List<JavaSource> classes) {
        this.classes = classes;
    }

    /** Each cycle as its members' qualified names below {@code dev.mosaik}, sorted; cycles sorted by first member. */
    static List<List<String>> in(List<JavaSource> classes) {
        Map<String, List<JavaSource>> byPackage = new TreeMap<>();
        classes.forEach(
                c -> byPackage.computeIfAbsent(c.pkg(), p -> new ArrayList<>()).add(c));
        List<List<String>> found = new ArrayList<>();
        for (List<JavaSource> members : byPackage.values()) {
            found.addAll(new ClassCycles(members).find());
        }
        found.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return found;
    }

    private List<List<String>> find() {
        for (JavaSource from : classes) {
            edges.put(from, classes.stream().filter(from::refersTo).toList());
        }
        for (JavaSource c : classes) {
            if (!index.containsKey(c)) {
                connect(c);
            }
        }
        return cycles;
    }

    private void connect(JavaSource c) {
        index.put(c, index.size());
        low.put(c, index.get(c));
        stack.push(c);
        for (JavaSource next : edges.get(c)) {
            if (!index.containsKey(next)) {
                connect(next);
                low.put(c, Math.min(low.get(c), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(c, Math.min(low.get(c), index.get(next)));
            }
        }
        if (low.get(c).equals(index.get(c))) {
            List<String> component = new ArrayList<>();
            JavaSource member;
            do {
                member = stack.pop();
                component.add(member.pkg() + "." + member.name());
            } while (member != c);
            if (component.size() > 1) {
                component.sort(null);
                cycles.add(List.copyOf(component));
            }
        }
    }
}
