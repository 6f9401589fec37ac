package eu.dualis.platform.api;

import java.util.List;

/** One page of job runs, newest first. */
public record JobRunPage(List<JobRunResponse> items, int page, int size, long total) {}
