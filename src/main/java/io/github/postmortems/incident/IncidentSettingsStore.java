package io.github.postmortems.incident;

/** Where the administrator's incident mappings are kept. */
public interface IncidentSettingsStore {

    /** The saved mappings; {@link IncidentSettings#defaults} (for the configured project) while none are saved. */
    IncidentSettings load();

    void save(IncidentSettings settings);
}
