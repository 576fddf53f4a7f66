package dev.mosaik.render;

import dev.mosaik.config.Language;
import dev.mosaik.content.ContentTypes;
import dev.mosaik.content.Place;
import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.render.PlaceViews.AddressView;
import dev.mosaik.render.PlaceViews.DistrictGroup;
import dev.mosaik.render.PlaceViews.PlaceItem;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The views of places ({@code type: ort}): a place's page, a section's places by district, and the place a course
 * or event names ({@link #venue}), in the page's language.
 */
final class PlaceViewFactory implements TypedViewSource {

    @Override
    public String type() {
        return ContentTypes.PLACE;
    }

    @Override
    public Optional<TypedView> page(Page page, TypedViewContext context) {
        return page.data()
                .filter(Place.class::isInstance)
                .map(d -> new PlaceViews.PlacePage(
                        placeView((Place) d, context),
                        JsonLd.place((Place) d, page.title(), page.path().absoluteUrl(context.base()))));
    }

    /** A section's places under their districts, both in the order of the reader's alphabet. */
    @Override
    public Optional<TypedView> listing(Page section, List<Page> children, TypedViewContext context) {
        List<Page> places = children.stream()
                .filter(p -> p.data().orElse(null) instanceof Place)
                .toList();
        if (places.isEmpty()) {
            return Optional.empty();
        }
        LocaleServices locale = context.locale();
        Map<String, List<Page>> byDistrict = new TreeMap<>(locale.collation());
        places.forEach(p -> byDistrict
                .computeIfAbsent(((Place) p.data().orElseThrow()).district(), d -> new ArrayList<>())
                .add(p));
        List<DistrictGroup> groups = new ArrayList<>();
        byDistrict.forEach((district, pages) -> groups.add(new DistrictGroup(
                district,
                "district-" + SitePath.segmentOf(district),
                pages.stream()
                        .sorted((a, b) -> locale.collation().compare(a.title(), b.title()))
                        .map(p -> new PlaceItem(
                                context.child(p),
                                address((Place) p.data().orElseThrow(), context.site()),
                                ((Place) p.data().orElseThrow()).stepFree()))
                        .toList())));
        return Optional.of(new PlaceViews.PlaceListView(groups));
    }

    /** The place {@code page} (a course or an event) names by its page: its page, address, access and the way there. */
    static Optional<PlaceViews.VenueView> venue(Page page, TypedViewContext context) {
        return context.site().firstLinked(page, Place.class).map(p -> {
            Place data = (Place) p.data().orElseThrow();
            return new PlaceViews.VenueView(
                    context.child(p),
                    address(data, context.site()),
                    data.stepFree(),
                    data.access().orElse(""),
                    Directions.of(data));
        });
    }

    /** The place {@code page} names by its page, for its schema.org data. */
    static Optional<JsonLd.Located> located(Page page, Site site) {
        return site.firstLinked(page, Place.class)
                .map(p -> new JsonLd.Located(
                        p.title(), Optional.of((Place) p.data().orElseThrow())));
    }

    private static PlaceViews.PlaceView placeView(Place place, TypedViewContext context) {
        LocaleServices locale = context.locale();
        List<String> languages =
                place.languages().stream().map(locale::languageName).toList();
        return new PlaceViews.PlaceView(
                address(place, context.site()),
                place.district(),
                CourseSchedule.sessions(place.hours(), locale),
                place.stepFree(),
                place.access().orElse(""),
                languages.isEmpty() ? "" : locale.list(languages),
                PlaceViews.ContactView.of(
                        place.contact().phone(),
                        place.contact().email(),
                        place.contact().web()),
                Directions.of(place));
    }

    /** Addresses are German names: they keep their language and direction on every page. */
    private static AddressView address(Place place, Site site) {
        Language german = site.config().defaultLanguage();
        return new AddressView(
                place.address().street(),
                place.address().postcode() + " " + place.address().city(),
                german.htmlLang(),
                german.direction().attribute());
    }
}
