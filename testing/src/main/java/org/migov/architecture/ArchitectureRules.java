package org.migov.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Conditions shared by the architecture tests of core and io: what users of an exported package
 * can see, and whether any of it names a hidden type. Needs ArchUnit, an optional dependency of
 * this module, on the class path.
 */
public final class ArchitectureRules {
  private ArchitectureRules() {}

  /** Whether users outside the package can name the class: it and every enclosing class public. */
  public static boolean visibleToUsers(JavaClass c) {
    for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getEnclosingClass()) {
      if (!k.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }

  /** A generated implementation ({@code Immutable*}) or a type of an {@code internal} package. */
  public static boolean hidden(JavaClass c) {
    JavaClass top = c;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return top.getSimpleName().startsWith("Immutable") || c.getPackageName().contains(".internal")
        || c.getPackageName().endsWith("internal");
  }

  /** Public and protected members users can call or see, inherited ones from hidden supertypes included. */
  static List<JavaMember> visibleMembers(JavaClass c) {
    List<JavaMember> members = new ArrayList<>();
    for (JavaMember m : c.getAllMembers()) {
      Set<JavaModifier> mods = m.getModifiers();
      boolean visible = mods.contains(JavaModifier.PUBLIC)
          || (mods.contains(JavaModifier.PROTECTED) && !c.getModifiers().contains(JavaModifier.FINAL));
      if (visible && !mods.contains(JavaModifier.SYNTHETIC)
          && !m.getOwner().getPackageName().startsWith("java.")) {
        members.add(m);
      }
    }
    return members;
  }

  static Set<JavaClass> involved(JavaMember m) {
    Set<JavaClass> types = new LinkedHashSet<>();
    if (m instanceof JavaField f) {
      types.addAll(f.getType().getAllInvolvedRawTypes());
    } else if (m instanceof JavaCodeUnit u) {
      types.addAll(u.getReturnType().getAllInvolvedRawTypes());
      for (JavaType p : u.getParameterTypes()) {
        types.addAll(p.getAllInvolvedRawTypes());
      }
      for (JavaType t : u.getThrowsClause().getTypes()) {
        types.addAll(t.getAllInvolvedRawTypes());
      }
    }
    return types;
  }

  /**
   * No public or protected member of the class (fields, methods and constructors, inherited ones
   * included, with generic type arguments and thrown exceptions), nor a superclass or interface
   * users can see, names a hidden type. A hidden superclass users cannot see (the generated,
   * package-private builders the public builders extend) is allowed: it is how the model's
   * builders are made.
   */
  public static ArchCondition<JavaClass> exposeNoHiddenType() {
    return new ArchCondition<>("expose no Immutable* or internal type to users") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (JavaMember m : visibleMembers(c)) {
          for (JavaClass t : involved(m)) {
            if (hidden(t)) {
              events.add(SimpleConditionEvent.violated(m,
                  m.getFullName() + " names " + t.getName()));
            }
          }
        }
        for (JavaType s : c.getSuperclass().stream().toList()) {
          JavaClass raw = s.toErasure();
          if (hidden(raw) && visibleToUsers(raw)) {
            events.add(SimpleConditionEvent.violated(c,
                c.getName() + " extends the visible hidden type " + raw.getName()));
          }
        }
        for (JavaClass i : c.getAllRawInterfaces()) {
          if (hidden(i)) {
            events.add(SimpleConditionEvent.violated(c,
                c.getName() + " implements the hidden type " + i.getName()));
          }
        }
      }
    };
  }

  /** Classes users can see. */
  public static final DescribedPredicate<JavaClass> VISIBLE_TO_USERS =
      DescribedPredicate.describe("visible to users", ArchitectureRules::visibleToUsers);
}
