package dev.mosaik.pipeline;

import dev.mosaik.render.PageSink;
import dev.mosaik.render.RenderJob;
import dev.mosaik.site.AddressBook;
import dev.mosaik.site.AddressBook.Claimant;
import dev.mosaik.site.Page;
import dev.mosaik.site.Redirect;
import java.util.List;

/**
 * Render jobs that claim every file they write in the build's {@link AddressBook} and write it only when the
 * address is theirs: a generated file whose address an editor's page, alias or file took is left out (and the
 * clash reported), rather than replacing it or being replaced, in whichever order the threads happen to run.
 */
final class ClaimedJobs {

    private ClaimedJobs() {}

    static List<RenderJob> of(List<RenderJob> jobs, AddressBook addresses) {
        return jobs.stream()
                .map(job -> {
                    Claimant claimant = claimantOf(job);
                    return new RenderJob(
                            job.id(),
                            job.inputs(),
                            (site, sink, problems) -> job.run(
                                    site,
                                    new PageSink() {
                                        @Override
                                        public void write(String file, byte[] bytes) {
                                            if (addresses.claim(file, claimant)) {
                                                sink.write(file, bytes);
                                            }
                                        }

                                        @Override
                                        public void write(String file, byte[] bytes, byte[] digest) {
                                            if (addresses.claim(file, claimant)) {
                                                sink.write(file, bytes, digest);
                                            }
                                        }

                                        @Override
                                        public void reserve(String file) {
                                            if (addresses.claim(file, claimant)) {
                                                sink.reserve(file);
                                            }
                                        }
                                    },
                                    problems));
                })
                .toList();
    }

    /** A page's and an alias's jobs write what the content claimed; everything else is generated. */
    static Claimant claimantOf(RenderJob job) {
        if (job.inputs() instanceof Page page) {
            return Claimant.page(page);
        }
        if (job.inputs() instanceof Redirect redirect) {
            return Claimant.alias(redirect);
        }
        return Claimant.generated(job.id());
    }
}
