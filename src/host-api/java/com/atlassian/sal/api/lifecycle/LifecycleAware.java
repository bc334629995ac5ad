package com.atlassian.sal.api.lifecycle;

/**
 * Host type (sal-api 5.1.4; host-signatures sal.tsv): SAL calls onStart once the application has started and the
 * plugin is enabled, and onStop, while dependencies are still there, when the plugin is disabled or the node stops.
 * A plugin offers it by exporting a bean as an OSGi service under this interface.
 */
public interface LifecycleAware {

    void onStart();

    void onStop();
}
