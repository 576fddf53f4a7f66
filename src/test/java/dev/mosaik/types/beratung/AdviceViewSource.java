package dev.mosaik.types.beratung;

import dev.mosaik.i18n.LocaleServices;
import dev.mosaik.render.TypedView;
import dev.mosaik.render.TypedViewContext;
import dev.mosaik.render.TypedViewSource;
import dev.mosaik.site.Page;
import java.util.Optional;

/** The view of an advice service's page, in the page's language. */
final class AdviceViewSource implements TypedViewSource {

    @Override
    public String type() {
        return "beratung";
    }

    @Override
    public Optional<TypedView> page(Page page, TypedViewContext context) {
        LocaleServices locale = context.locale();
        return page.data()
                .filter(Advice.class::isInstance)
                .map(Advice.class::cast)
                .map(advice -> new AdviceView(
                        advice.hours().stream()
                                .map(s ->
                                        locale.dayAndTime(locale.weekday(s.day()), locale.timeRange(s.from(), s.to())))
                                .toList(),
                        advice.languages().stream().map(locale::languageName).toList()));
    }
}
