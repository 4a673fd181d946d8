package org.mtlworkbench.balance;

import java.util.Objects;

/**
 * The paper a strategy comes from, as the window and the documentation show it.
 *
 * @param authors "Liu, Li, Kuang et al."
 * @param year year of the cited version
 * @param title the paper's title
 * @param venue where it appeared ("ICLR 2021", "TMLR 2022", "arXiv:2406.16232")
 */
public record Citation(String authors, int year, String title, String venue) {
  public Citation {
    Objects.requireNonNull(authors);
    Objects.requireNonNull(title);
    Objects.requireNonNull(venue);
    if (authors.isBlank() || title.isBlank() || venue.isBlank()) {
      throw new IllegalArgumentException("a citation needs authors, a title and a venue");
    }
  }

  /** Liu et al. (2021), "Towards Impartial Multi-task Learning", ICLR 2021. */
  @Override
  public String toString() {
    return authors + " (" + year + "), \u201c" + title + "\u201d, " + venue;
  }
}
