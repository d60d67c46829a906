package io.rolelens.analyzer.otherjob;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cues of other jobs found in one body, each distinct cue once, in the order they first appear.
 *
 * @param cues the cues found, by first occurrence
 */
public record OtherJobEvidence(List<OtherJobCue> cues) {
  /** No cue at all: the evidence of a body that names no other job's tools or duties. */
  public static final OtherJobEvidence NONE = new OtherJobEvidence(List.of());

  public OtherJobEvidence {
    cues = List.copyOf(cues);
  }

  /** How many distinct cues the body names. */
  public int count() {
    return cues.size();
  }

  /** The cues grouped by job, the job with most cues first (ties in order of first appearance). */
  public Map<OtherJob, List<OtherJobCue>> byJob() {
    Map<OtherJob, List<OtherJobCue>> grouped = new LinkedHashMap<>();
    for (OtherJobCue cue : cues) {
      grouped.computeIfAbsent(cue.job(), k -> new ArrayList<>()).add(cue);
    }
    List<Map.Entry<OtherJob, List<OtherJobCue>>> entries = new ArrayList<>(grouped.entrySet());
    entries.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
    Map<OtherJob, List<OtherJobCue>> sorted = new LinkedHashMap<>();
    entries.forEach(e -> sorted.put(e.getKey(), List.copyOf(e.getValue())));
    return sorted;
  }

  /** The job with the most cues, or null without cues. */
  public OtherJob mainJob() {
    return cues.isEmpty() ? null : byJob().keySet().iterator().next();
  }
}
