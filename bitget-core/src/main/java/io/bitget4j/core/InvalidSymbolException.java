package io.bitget4j.core;

import java.util.Optional;

/**
 * Thrown when a text is not a valid Bitget futures symbol. The message quotes the input, says
 * what is wrong and, when one can be guessed, suggests the corrected symbol.
 */
public final class InvalidSymbolException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The rejected input. */
  private final String input;
  /** The guessed correction, or null. */
  private final String suggestion;

  InvalidSymbolException(String input, String problem, String suggestion) {
    super(message(input, problem, suggestion));
    this.input = input;
    this.suggestion = suggestion;
  }

  private static String message(String input, String problem, String suggestion) {
    StringBuilder sb = new StringBuilder("invalid symbol \"").append(quoted(input)).append("\": ").append(problem);
    if (suggestion != null) {
      sb.append("; did you mean \"").append(suggestion).append("\"?");
    }
    return sb.toString();
  }

  private static String quoted(String input) {
    return input.length() <= 60 ? input : input.substring(0, 60) + "...";
  }

  /** {@return the rejected input, exactly as given} */
  public String input() {
    return input;
  }

  /** {@return the corrected symbol, when one could be guessed} */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }
}
