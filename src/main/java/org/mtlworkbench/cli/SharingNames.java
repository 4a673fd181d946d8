package org.mtlworkbench.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.mtlworkbench.model.Sharing;

/** The sharing schemes' names for {@code --sharing}'s help and completion, from {@link Sharing} itself. */
final class SharingNames implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return Arrays.stream(Sharing.values()).map(Sharing::id).iterator();
  }
}
