package io.rolelens.analyzer.title;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a job title: which role families it names, how senior it is, and whether it is a hybrid of
 * the scored roles. Rule-based over a normalized title; thread-safe.
 *
 * <p>The main role is the first scored role named (Product Manager, Project Manager, Product
 * Owner), else the first other family. A title is a hybrid when it names two or more scored roles.
 */
public final class TitleReader {
  /**
   * One way of naming a family. An abbreviation rule ({@code abbreviates} not empty) is only tried
   * when no full name already read names one of the families the abbreviation may stand for, so
   * "Program Manager (PM)" stays a program manager but "Scrum Master / PO" names a product owner.
   */
  private record Rule(RoleFamily family, Pattern pattern, Set<RoleFamily> abbreviates) {
    boolean isAbbreviation() {
      return !abbreviates.isEmpty();
    }
  }

  private record Hit(RoleFamily family, int start, int end) {
    boolean overlaps(int otherStart, int otherEnd) {
      return start < otherEnd && otherStart < end;
    }
  }

  private static final List<Rule> RULES =
      List.of(
          rule(
              RoleFamily.TECHNICAL_PROGRAM_MANAGER,
              "\\b(technical|engineering|software|it|hardware|data|platform) program"
                  + " (manager|management lead|lead)\\b|\\btpm\\b"),
          rule(
              RoleFamily.PROGRAM_MANAGER,
              "\\bprograms? (manager|mgr|management"
                  + " (lead|officer|specialist|manager)|lead|leader|director|coordinator|officer|specialist|head)\\b|\\b(head|director|vp|vice"
                  + " president) of programs?\\b|\\bpgm\\b"),
          rule(
              RoleFamily.PRODUCT_OWNER,
              "\\b(product|proxy product|technical product|digital product|business product)"
                  + " owners?\\b|\\bproduktowner\\b"),
          rule(
              RoleFamily.PRODUCT_MANAGER,
              "\\bproducts?"
                  + " (manager|managers|mgr|management|lead|leader|director|head|strategist|executive)\\b|\\b(head|director|vp|vice"
                  + " president|svp|evp|chief|gm|general manager) (of"
                  + " )?products?\\b|\\bcpo\\b|\\bapm\\b|\\b(produktmanager|productmanager)(in)?\\b|\\bchef"
                  + " de produit\\b|\\bgerente de produto\\b"),
          rule(
              RoleFamily.PROJECT_MANAGER,
              "\\bprojects? (manager|managers|mgr|management"
                  + " (lead|specialist|officer|professional|consultant|analyst|manager|coordinator"
                  + "|director|head|office|intern|internship|trainee|apprentice|graduate)|lead|leader|director|coordinator|co"
                  + " ordinator|officer|controller|administrator|executive|head)\\b|\\b(head|director)"
                  + " of projects?\\b|\\b(head|director|vp|vice president) (of )?project"
                  + " management\\b"
                  + "|\\bpmo\\b|\\b(projektmanager|projectmanager|projektleiter)(in)?\\b|\\bprojectleider\\b|\\bgerente"
                  + " de (projetos|proyectos|projeto|proyecto)\\b|\\bchef de projets?\\b|\\bjefe de"
                  + " proyectos?\\b"),
          rule(
              RoleFamily.SCRUM_MASTER,
              "\\bscrum ?master\\b|\\bagile coach\\b|\\bagile delivery lead\\b"),
          rule(
              RoleFamily.BUSINESS_ANALYST,
              "\\bbusiness (systems |process |data )?analysts?\\b|\\bba\\b"),
          rule(
              RoleFamily.DELIVERY_MANAGER,
              "\\bdelivery (manager|lead|director|head)\\b|\\bhead of delivery\\b"),
          abbreviation(
              RoleFamily.PRODUCT_MANAGER,
              "\\bpm\\b",
              Set.of(
                  RoleFamily.PRODUCT_MANAGER,
                  RoleFamily.PROJECT_MANAGER,
                  RoleFamily.PROGRAM_MANAGER,
                  RoleFamily.TECHNICAL_PROGRAM_MANAGER)),
          abbreviation(RoleFamily.PRODUCT_OWNER, "\\bpo\\b", Set.of(RoleFamily.PRODUCT_OWNER)));

  private static final Pattern INTERN =
      Pattern.compile(
          "\\b(intern|interns|internship|trainee|apprentice|apprenticeship|working"
              + " student|werkstudent(in)?|placement|co op)\\b");

  /** "Head" as a rank, not the "Head Office" a role sits in. */
  private static final Pattern HEAD =
      Pattern.compile(
          "\\b(head(?! office| quarters)|director|vp|vice president|chief|cpo|svp|evp|general"
              + " manager)\\b");

  /** "Staff" and "Group" only rank a title when they come right before the role they rank. */
  private static final Pattern LEAD =
      Pattern.compile(
          "\\b(lead|principal|iv|v)\\b|\\b(staff|group)"
              + " (?=(product|project|program|technical|pm|tpm|po)\\b)");

  private static final Pattern SENIOR =
      Pattern.compile("\\b(senior|sr|snr|iii|experienced|expert)\\b");
  private static final Pattern JUNIOR =
      Pattern.compile(
          "\\b(junior|jr|associate|assistant|entry|entry level|graduate|grad|apm|i)\\b");

  /** Separators between two names sharing one head noun: "/", "+", "and", "or". */
  private static final String JOIN = "\\s*(?:/|\\+|\\band\\b|\\bor\\b)\\s*";

  /** "Project/Product Manager": two roles sharing the noun after them. */
  private static final Pattern SHARED_HEAD =
      Pattern.compile("\\b(product|project)s?" + JOIN + "(product|project)s? (manager|lead)\\b");

  /** "Product Owner/Manager": two roles sharing the word "product" before them. */
  private static final Pattern SHARED_PRODUCT =
      Pattern.compile("\\bproduct (manager|owner)" + JOIN + "(manager|owner)\\b");

  /** Gender markers such as (m/w/d), f/m/x, (m/v), H/F, once punctuation is gone. */
  private static final Pattern GENDER_MARKER =
      Pattern.compile(" [mwfhvdx](?: (?:[mwfhvdx]|div|divers)){1,3}(?= )");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static Rule rule(RoleFamily family, String regex) {
    return new Rule(family, Pattern.compile(regex), Set.of());
  }

  private static Rule abbreviation(RoleFamily family, String regex, Set<RoleFamily> abbreviates) {
    return new Rule(family, Pattern.compile(regex), abbreviates);
  }

  /** Reads {@code title}; null or blank titles read as {@link RoleFamily#OTHER}. */
  public TitleReading read(String title) {
    String text = title == null ? "" : title;
    String norm = PmAbbreviations.withoutForeign(text, normalize(text));
    List<RoleFamily> families = families(norm);
    List<RoleFamily> core = families.stream().filter(f -> f.role().isPresent()).toList();
    RoleFamily main = core.isEmpty() ? families.get(0) : core.get(0);
    return new TitleReading(text, main, families, seniority(norm), core.size() >= 2);
  }

  /** The families {@code norm} names, in order of appearance; {@code [OTHER]} when none. */
  static List<RoleFamily> families(String norm) {
    List<Hit> hits = new ArrayList<>();
    for (Rule rule : RULES) {
      if (rule.isAbbreviation()
          && hits.stream().anyMatch(h -> rule.abbreviates().contains(h.family()))) {
        continue;
      }
      addHits(rule, norm, hits);
    }
    if (hits.isEmpty()) {
      return List.of(RoleFamily.OTHER);
    }
    hits.sort(Comparator.comparingInt(Hit::start));
    return hits.stream().map(Hit::family).distinct().toList();
  }

  /** Adds each match of {@code rule} that does not overlap a match already read. */
  private static void addHits(Rule rule, String norm, List<Hit> hits) {
    Matcher m = rule.pattern().matcher(norm);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (hits.stream().noneMatch(h -> h.overlaps(start, end))) {
        hits.add(new Hit(rule.family(), start, end));
      }
    }
  }

  /** Seniority by precedence: intern, head, lead, senior, junior, else mid. */
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

  /**
   * Lower-cases (locale-independently), drops accents, folds "programme" and "&", spells out shared
   * nouns ("Product Owner/Manager"), turns punctuation into single spaces and drops gender markers.
   * The result starts and ends with a space.
   */
  static String normalize(String title) {
    String s = Normalizer.normalize(title.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    s = MARKS.matcher(s).replaceAll("").replace("&", " and ").replace("programme", "program");
    s = expandSharedNouns(s);
    return GENDER_MARKER.matcher(spaceOutPunctuation(s)).replaceAll("");
  }

  /** "project/product manager" becomes "project manager / product manager", and so on. */
  static String expandSharedNouns(String s) {
    s = SHARED_HEAD.matcher(s).replaceAll("$1 $3 / $2 $3");
    return SHARED_PRODUCT.matcher(s).replaceAll("product $1 / product $2");
  }

  /** Keeps letters and digits; every other run of characters becomes one space. */
  private static String spaceOutPunctuation(String s) {
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
