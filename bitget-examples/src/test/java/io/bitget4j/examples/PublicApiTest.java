package io.bitget4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.bitget4j.core.Symbol;
import io.bitget4j.rest.BitgetRestClient;
import io.bitget4j.testkit.FakeBitget;
import io.bitget4j.ws.BitgetStreamClient;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published modules' public API names no Moshi, Okio or Kotlin type, so users never depend on
 * the libraries we use inside: every public class outside {@code .internal} packages is read from
 * the module's jar (or classes folder), and every public or protected signature is walked down to
 * generic type arguments, bounds and array components.
 */
@Timeout(60)
class PublicApiTest {
  private static final List<String> FORBIDDEN = List.of("com.squareup.moshi.", "okio.", "kotlin.", "kotlinx.");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bitget-core", "bitget-rest", "bitget-ws", "bitget-testkit"})
  void publicSignaturesNameNoMoshiOkioOrKotlinType(String module) throws Exception {
    List<Class<?>> api = publicApiOf(module);

    assertThat(api).as("public classes of %s", module).hasSizeGreaterThan(5);
    assertThat(api).as("no internal package").noneMatch(c -> c.getPackageName().contains(".internal"));
    assertThat(violations(api)).as("signatures naming %s", FORBIDDEN).isEmpty();
  }

  @Test
  void checkerFindsForbiddenTypesHiddenInGenericsArraysAndBounds() {
    assertThat(violations(List.of(Leaky.class))).containsExactlyInAnyOrder(
        "PublicApiTest.Leaky field buffer names okio.Buffer",
        "PublicApiTest.Leaky method raw(..) names okio.ByteString",
        "PublicApiTest.Leaky method reader(..) names com.squareup.moshi.JsonReader",
        "PublicApiTest.Leaky method adapters(..) names com.squareup.moshi.JsonAdapter",
        "PublicApiTest.Leaky method bounded(..) names okio.Source",
        "PublicApiTest.Leaky constructor(..) names kotlin.Unit");
  }

  /** Deliberately leaks in every position the checker must look at. */
  @SuppressWarnings("unused")
  public static final class Leaky {
    public okio.Buffer buffer;

    public Leaky(List<? extends kotlin.Unit> units) {
    }

    public Optional<okio.ByteString> raw() {
      return Optional.empty();
    }

    public void reader(com.squareup.moshi.JsonReader[] readers) {
    }

    public List<com.squareup.moshi.JsonAdapter<?>> adapters() {
      return List.of();
    }

    public <T extends okio.Source> T bounded() {
      return null;
    }

    private okio.Sink hidden() {
      return null;
    }
  }

  private static List<Class<?>> publicApiOf(String module) throws IOException, URISyntaxException {
    Class<?> anchor = switch (module) {
      case "bitget-core" -> Symbol.class;
      case "bitget-rest" -> BitgetRestClient.class;
      case "bitget-ws" -> BitgetStreamClient.class;
      case "bitget-testkit" -> FakeBitget.class;
      default -> throw new IllegalArgumentException(module);
    };
    Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(location.toString()).as("%s is read from its own build output", module).contains(module);
    List<String> classFiles = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.map(p -> location.relativize(p).toString().replace('\\', '/')).forEach(classFiles::add);
      }
    } else {
      try (ZipFile jar = new ZipFile(location.toFile())) {
        jar.stream().map(e -> e.getName()).forEach(classFiles::add);
      }
    }
    List<Class<?>> api = new ArrayList<>();
    for (String file : classFiles) {
      if (!file.endsWith(".class") || file.endsWith("module-info.class") || file.endsWith("package-info.class")) {
        continue;
      }
      String name = file.substring(0, file.length() - ".class".length()).replace('/', '.');
      Class<?> type;
      try {
        type = Class.forName(name, false, anchor.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new AssertionError("cannot load " + name, e);
      }
      if (isVisible(type) && !type.getPackageName().contains(".internal")) {
        api.add(type);
      }
    }
    return api;
  }

  private static boolean isVisible(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> violations(List<Class<?>> api) {
    Set<String> found = new TreeSet<>();
    for (Class<?> type : api) {
      String owner = type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
      check(found, owner + " extends", type.getGenericSuperclass());
      for (Type implemented : type.getGenericInterfaces()) {
        check(found, owner + " implements", implemented);
      }
      for (TypeVariable<?> variable : type.getTypeParameters()) {
        check(found, owner + " type parameter", variable);
      }
      for (Field field : type.getDeclaredFields()) {
        if (isExposed(field)) {
          check(found, owner + " field " + field.getName(), field.getGenericType());
        }
      }
      List<Executable> executables = new ArrayList<>();
      executables.addAll(List.of(type.getDeclaredConstructors()));
      executables.addAll(List.of(type.getDeclaredMethods()));
      for (Method inherited : type.getMethods()) {
        executables.add(inherited);
      }
      for (Executable executable : executables) {
        if (!isExposed(executable) || executable.isSynthetic()) {
          continue;
        }
        String what = owner + (executable instanceof Constructor ? " constructor" : " method " + executable.getName())
            + "(..)";
        if (executable instanceof Method) {
          check(found, what, ((Method) executable).getGenericReturnType());
        }
        for (Type parameter : executable.getGenericParameterTypes()) {
          check(found, what, parameter);
        }
        for (Type thrown : executable.getGenericExceptionTypes()) {
          check(found, what, thrown);
        }
        for (TypeVariable<?> variable : executable.getTypeParameters()) {
          check(found, what, variable);
        }
      }
    }
    return found;
  }

  private static boolean isExposed(Member member) {
    int modifiers = member.getModifiers();
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void check(Set<String> found, String where, Type type) {
    for (String named : namedTypes(type, new HashSet<>())) {
      if (FORBIDDEN.stream().anyMatch(named::startsWith)) {
        found.add(where + " names " + named);
      }
    }
  }

  /** Every class a type mentions: itself, its type arguments, bounds, owners and components. */
  private static Set<String> namedTypes(Type type, Set<Type> seen) {
    Set<String> names = new TreeSet<>();
    if (type == null || !seen.add(type)) {
      return names;
    }
    if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      while (c.isArray()) {
        c = c.getComponentType();
      }
      names.add(c.getName());
    } else if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      names.addAll(namedTypes(p.getRawType(), seen));
      names.addAll(namedTypes(p.getOwnerType(), seen));
      for (Type argument : p.getActualTypeArguments()) {
        names.addAll(namedTypes(argument, seen));
      }
    } else if (type instanceof GenericArrayType) {
      names.addAll(namedTypes(((GenericArrayType) type).getGenericComponentType(), seen));
    } else if (type instanceof WildcardType) {
      WildcardType w = (WildcardType) type;
      Stream.concat(Stream.of(w.getUpperBounds()), Stream.of(w.getLowerBounds()))
          .forEach(bound -> names.addAll(namedTypes(bound, seen)));
    } else if (type instanceof TypeVariable) {
      for (Type bound : ((TypeVariable<?>) type).getBounds()) {
        names.addAll(namedTypes(bound, seen));
      }
    }
    return names.stream().collect(Collectors.toCollection(TreeSet::new));
  }
}
