package dev.mosaik.render;

import dev.mosaik.config.BaseUrl;
import dev.mosaik.config.Language;
import dev.mosaik.content.Course;
import dev.mosaik.content.Event;
import dev.mosaik.content.Place;
import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.render.PlaceViews.AddressView;
import dev.mosaik.render.PlaceViews.DistrictGroup;
import dev.mosaik.render.PlaceViews.PlaceItem;
import dev.mosaik.render.PlaceViews.PlaceParts;
import dev.mosaik.render.Views.ChildView;
import dev.mosaik.site.Page;
import dev.mosaik.site.Site;
import dev.mosaik.site.SitePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Builds a page's {@link PlaceParts} in the page's language. */
final class PlaceViewFactory {

    private final Site site;
    private final LocaleServices locale;
    private final Function<Page, ChildView> child;
    private final BaseUrl base;

    PlaceViewFactory(Site site, LocaleServices locale, Function<Page, ChildView> child) {
        this.site = site;
        this.locale = locale;
        this.child = child;
        this.base = site.config().baseUrl();
    }

    /** @param children the pages a section lists, for its places by district */
    PlaceParts parts(Page page, List<Page> children) {
        Optional<PlaceViews.PlaceView> place =
                page.data().filter(Place.class::isInstance).map(d -> placeView((Place) d));
        Optional<Page> venuePage = page.data()
                .filter(d -> d instanceof Course || d instanceof Event)
                .flatMap(d -> site.firstLinked(page, dev.mosaik.content.Place.class));
        Optional<PlaceViews.VenueView> venue = venuePage.map(p -> {
            Place data = (Place) p.data().orElseThrow();
            return new PlaceViews.VenueView(
                    child.apply(p), address(data), data.stepFree(), data.access(), Directions.of(data));
        });
        Optional<PlaceViews.PlaceListView> places = places(children);
        return new PlaceParts(place, places, venue, jsonLd(page, venuePage));
    }

    private PlaceViews.PlaceView placeView(Place place) {
        List<String> languages =
                place.languages().stream().map(locale::languageName).toList();
        return new PlaceViews.PlaceView(
                address(place),
                place.district(),
                CourseSchedule.sessions(place.hours(), locale),
                place.stepFree(),
                place.access(),
                languages.isEmpty() ? Optional.empty() : Optional.of(locale.list(languages)),
                place.contact().phone(),
                place.contact().email(),
                place.contact().web(),
                Directions.of(place));
    }

    /** Addresses are German names: they keep their language and direction on every page. */
    private AddressView address(Place place) {
        Language german = site.config().defaultLanguage();
        return new AddressView(
                place.address().street(),
                place.address().postcode() + " " + place.address().city(),
                german.htmlLang(),
                german.direction().attribute());
    }

    /** A section's places under their districts, both in the order of the reader's alphabet. */
    private Optional<PlaceViews.PlaceListView> places(List<Page> children) {
        List<Page> places = children.stream()
                .filter(p -> p.data().orElse(null) instanceof Place)
                .toList();
        if (places.isEmpty()) {
            return Optional.empty();
        }
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
                                child.apply(p),
                                address((Place) p.data().orElseThrow()),
                                ((Place) p.data().orElseThrow()).stepFree()))
                        .toList())));
        return Optional.of(new PlaceViews.PlaceListView(groups));
    }

    private Optional<String> jsonLd(Page page, Optional<Page> venuePage) {
        String url = page.path().absoluteUrl(base);
        Optional<JsonLd.Located> venue = venuePage.map(
                p -> new JsonLd.Located(p.title(), Optional.of((Place) p.data().orElseThrow())));
        Optional<String> description = page.frontMatter().summary();
        Object data = page.data().orElse(null);
        if (data instanceof Place place) {
            return Optional.of(JsonLd.place(place, page.title(), url));
        } else if (data instanceof Event event) {
            return Optional.of(JsonLd.event(
                    event, page.title(), url, description, venue, site.config().timeZone()));
        } else if (data instanceof Course course) {
            return Optional.of(JsonLd.course(
                    course, page.title(), url, description, venue, site.config().timeZone()));
        }
        return Optional.empty();
    }
}
