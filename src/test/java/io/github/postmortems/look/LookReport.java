package io.github.postmortems.look;

import java.util.List;

/** A look page in every theme. */
public record LookReport(String name, List<ThemeLook> themes) {

    public LookReport {
        themes = List.copyOf(themes);
    }

    public ThemeLook theme(Theme theme) {
        return themes.stream().filter(look -> look.theme() == theme).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " was not looked at in " + theme));
    }

    public boolean clean() {
        return themes.stream().allMatch(ThemeLook::clean);
    }

    /** Fails with every console error and overflow of every theme, and where to see the screenshots. */
    public void assertClean() {
        if (clean()) {
            return;
        }
        StringBuilder message = new StringBuilder(name).append(" does not look right:");
        for (ThemeLook look : themes) {
            look.errors().forEach(error -> message.append("\n  ").append(look.theme()).append(" console: ").append(error));
            look.overflows().forEach(overflow -> message.append("\n  ").append(look.theme()).append(" overflow: ")
                    .append(overflow));
            look.textProblems().forEach(problem -> message.append("\n  ").append(look.theme()).append(" text: ")
                    .append(problem));
            message.append("\n  ").append(look.theme()).append(" screenshot: ").append(look.screenshot());
        }
        throw new AssertionError(message.toString());
    }
}
