package dev.mosaik.content;

import java.util.List;
import java.util.Optional;

/**
 * A success story ({@code type: projekt}): a project that carries out measures of the concept.
 *
 * @param fields   content links to the fields of action it belongs to
 * @param district the district (Stadtteil) it takes place in, where it has one
 * @param period   when it runs, in words ("seit 2011", "2010–2013")
 * @param images   pictures of the project, each with alt text
 */
public record Project(
        Links fields,
        Optional<String> district,
        Optional<String> period,
        List<String> partners,
        List<Picture> images,
        Optional<String> results,
        Optional<String> contact)
        implements TypedData {

    public Project {
        partners = List.copyOf(partners);
        images = List.copyOf(images);
    }
}
