package dev.mosaik.content;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * An event ({@code type: termin}), such as the annual Integrationsgipfel or an intercultural festival. Times
 * are local times in the site's time zone ({@code timeZone}, Europe/Berlin by default), as editors read them off a
 * poster.
 *
 * @param allDay       the event has dates but no times
 * @param stepFree     whether the place can be reached without steps
 * @param registration how to register, in words or as a link; empty when no registration is needed
 * @param fields       content links to the fields of action it belongs to
 * @param placeRef     the page of type {@code ort} it takes place at, when {@code place:} names one; {@code place}
 *                     is then the link as written and the place's own name is shown
 */
public record Event(
        LocalDateTime start,
        LocalDateTime end,
        boolean allDay,
        String place,
        Optional<String> address,
        boolean stepFree,
        Optional<String> registration,
        Links fields,
        Optional<String> district,
        Optional<PlaceRef> placeRef)
        implements TypedData {}
