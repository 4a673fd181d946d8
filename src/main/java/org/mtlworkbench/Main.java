package org.mtlworkbench;

public final class Main {
  public static void main(String[] args) {}
}
