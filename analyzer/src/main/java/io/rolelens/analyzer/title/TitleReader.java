package io.rolelens.analyzer.title;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a job title: which role families it names, how senior it is, and whether it is a hybrid of
 * the scored roles. Rule-based over a normalized title; thread-safe.
 */
public final class TitleReader {
  private record Rule(RoleFamily family, Pattern pattern, boolean weak) {}

  private record Hit(RoleFamily family, int start, int end) {}

  private static final List<Rule> RULES =
      List.of(
          rule(RoleFamily.TECHNICAL_PROGRAM_MANAGER,
              "\\b(technical|engineering|software|it|hardware|data|platform) program (manager|management lead|lead)\\b|\\btpm\\b"),
          rule(RoleFamily.PROGRAM_MANAGER,
              "\\bprograms? (manager|mgr|management (lead|officer|specialist|manager)|lead|leader|director|coordinator|officer|specialist|head)\\b"
                  + "|\\b(head|director|vp|vice president) of programs?\\b|\\bpgm\\b"),
          rule(RoleFamily.PRODUCT_OWNER,
              "\\b(product|proxy product|technical product|digital product|business product) owners?\\b|\\bproduktowner\\b|\\bproduct owner\\b"),
          rule(RoleFamily.PRODUCT_MANAGER,
              "\\bproducts? (manager|managers|mgr|management|lead|leader|director|head|strategist|executive)\\b"
                  + "|\\b(head|director|vp|vice president|svp|evp|chief|gm|general manager) (of )?products?\\b"
                  + "|\\bcpo\\b|\\bapm\\b|\\bproduktmanager\\b|\\bchef de produit\\b|\\bgerente de produto\\b"),
          rule(RoleFamily.PROJECT_MANAGER,
              "\\bprojects? (manager|managers|mgr|management (lead|specialist|officer|professional|consultant|analyst|manager|coordinator)"
                  + "|lead|leader|director|coordinator|co ordinator|officer|controller|administrator|executive|head)\\b"
                  + "|\\b(head|director) of projects?\\b|\\bpmo\\b|\\bprojektmanager\\b|\\bprojektleiter(in)?\\b"
                  + "|\\bgerente de (projetos|proyectos|projeto|proyecto)\\b|\\bchef de projets?\\b|\\bjefe de proyectos?\\b"),
          rule(RoleFamily.SCRUM_MASTER, "\\bscrum ?master\\b|\\bagile coach\\b|\\bagile delivery lead\\b"),
          rule(RoleFamily.BUSINESS_ANALYST, "\\bbusiness (systems |process |data )?analysts?\\b|\\bba\\b"),
          rule(RoleFamily.DELIVERY_MANAGER, "\\bdelivery (manager|lead|director|head)\\b|\\bhead of delivery\\b"),
          weak(RoleFamily.PRODUCT_MANAGER, "\\bpm\\b"),
          weak(RoleFamily.PRODUCT_OWNER, "\\bpo\\b"));

  private static final Pattern INTERN =
      Pattern.compile("\\b(intern|interns|internship|trainee|apprentice|apprenticeship|working student|werkstudent(in)?|placement|co op)\\b");
  private static final Pattern HEAD =
      Pattern.compile("\\b(head|director|vp|vice president|chief|cpo|svp|evp|general manager)\\b");
  private static final Pattern LEAD = Pattern.compile("\\b(lead|principal|staff|group|iv|v)\\b");
  private static final Pattern SENIOR = Pattern.compile("\\b(senior|sr|snr|iii|experienced|expert)\\b");
  private static final Pattern JUNIOR =
      Pattern.compile("\\b(junior|jr|associate|assistant|entry|entry level|graduate|grad|apm|i)\\b");

  private static Rule rule(RoleFamily family, String regex) {
    return new Rule(family, Pattern.compile(regex), false);
  }

  private static Rule weak(RoleFamily family, String regex) {
    return new Rule(family, Pattern.compile(regex), true);
  }

  /** Reads {@code title}; null or blank titles read as {@link RoleFamily#OTHER}. */
  public TitleReading read(String title) {
    String text = title == null ? "" : title;
    String norm = normalize(text);
    List<Hit> hits = new ArrayList<>();
    for (Rule rule : RULES) {
      if (rule.weak() && !hits.isEmpty()) {
        continue;
      }
      Matcher m = rule.pattern().matcher(norm);
      while (m.find()) {
        if (hits.stream().noneMatch(h -> h.start() < m.end() && m.start() < h.end())) {
          hits.add(new Hit(rule.family(), m.start(), m.end()));
        }
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start));
    List<RoleFamily> families =
        hits.stream().map(Hit::family).distinct().toList();
    RoleFamily main =
        families.stream()
            .filter(f -> f.role().isPresent())
            .findFirst()
            .orElse(families.isEmpty() ? RoleFamily.OTHER : families.get(0));
    long core = families.stream().filter(f -> f.role().isPresent()).count();
    return new TitleReading(
        text, main, families.isEmpty() ? List.of(RoleFamily.OTHER) : families, seniority(norm), core >= 2);
  }

  static Seniority seniority(String norm) {
    if (INTERN.matcher(norm).find()) {
      return Seniority.INTERN;
    }
    if (HEAD.matcher(norm).find()) {
      return Seniority.HEAD;
    }
    if (LEAD.matcher(norm).find()) {
      return Seniority.LEAD;
    }
    if (SENIOR.matcher(norm).find()) {
      return Seniority.SENIOR;
    }
    if (JUNIOR.matcher(norm).find()) {
      return Seniority.JUNIOR;
    }
    return Seniority.MID;
  }

  /** Lower-cases, folds "programme" and "&", and turns punctuation into single spaces. */
  static String normalize(String title) {
    String s = title.toLowerCase(Locale.ROOT).replace("&", " and ").replace("programme", "program");
    StringBuilder out = new StringBuilder(s.length() + 2).append(' ');
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    return out.append(' ').toString();
  }
}
