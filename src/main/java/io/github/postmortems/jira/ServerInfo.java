package io.github.postmortems.jira;

/** What Jira says about itself ({@code /rest/api/2/serverInfo}). */
public record ServerInfo(String baseUrl, String version, String serverTitle, String deploymentType) {

    public ServerInfo {
        baseUrl = baseUrl == null ? "" : baseUrl;
        version = version == null ? "" : version;
        serverTitle = serverTitle == null ? "" : serverTitle;
        deploymentType = deploymentType == null ? "" : deploymentType;
    }
}
