package io.rolelens.analyzer.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolelens.analyzer.Analysis;
import io.rolelens.analyzer.RoleAnalyzer;
import io.rolelens.analyzer.match.Field;
import io.rolelens.analyzer.score.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectionTest {
  static RoleAnalyzer analyzer;

  @BeforeAll
  static void build() {
    analyzer = RoleAnalyzer.builder().build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "por|Procuramos um gerente de produto para liderar a visão e a estratégia do nosso"
            + " aplicativo. Você vai trabalhar com engenharia e design, definir o roadmap,"
            + " conversar com clientes e acompanhar as métricas de adoção e retenção. Experiência"
            + " com Scrum e com o Product Backlog é um diferencial.",
        "spa|Buscamos un responsable de producto que defina la visión y la estrategia de nuestra"
            + " plataforma. Trabajarás con los equipos de ingeniería y diseño, priorizarás el"
            + " Product Backlog y hablarás con los clientes para entender sus necesidades. Se"
            + " valorará la certificación CSPO.",
        "deu|Wir suchen einen Projektleiter für den Neubau unseres Logistikzentrums. Sie planen"
            + " Termine, Budget und Ressourcen, koordinieren die Gewerke und berichten regelmäßig"
            + " an die Geschäftsführung über den Projektstatus. Eine PMP- oder"
            + " PRINCE2-Zertifizierung ist von Vorteil.",
        "nld|Wij zoeken een projectmanager die de planning, het budget en de mijlpalen van onze"
            + " projecten bewaakt. Je stuurt het projectteam aan, rapporteert over de voortgang aan"
            + " de stuurgroep en zorgt dat projecten op tijd en binnen budget worden opgeleverd."
      })
  void reportsANonEnglishPostingWithItsLanguageAndNoVerdict(String code, String body) {
    Analysis a = analyzer.analyze("Product Manager", body);

    assertThat(a.language().code()).isEqualTo(code);
    assertThat(a.language().method()).isEqualTo("opennlp");
    assertThat(a.verdict()).isEqualTo(Verdict.UNCLEAR);
    assertThat(a.confusionScore()).isNull();
    assertThat(a.bodyRole()).isNull();
    assertThat(a.mentions()).allMatch(m -> m.field() == Field.TITLE);
    assertThat(a.summary()).contains("does not read as English").contains(code);
  }

  @Test
  void decidesAnOrdinaryEnglishPostingWithoutTheStatisticalDetector() {
    Analysis a =
        analyzer.analyze(
            "Product Owner",
            "You will own the product backlog for our payments team and work with the developers"
                + " every day. Write user stories with clear acceptance criteria and take part in"
                + " sprint planning.");

    assertThat(a.language().code()).isEqualTo("eng");
    assertThat(a.language().method()).isEqualTo("function-words");
    assertThat(a.verdict()).isNotEqualTo(Verdict.UNCLEAR);
  }

  @Test
  void callsTooLittleTextUndetermined() {
    Analysis a = analyzer.analyze("Product Owner", "Scrum. Backlog. CSPO.");

    assertThat(a.language().code()).isEqualTo(Language.UNDETERMINED);
    assertThat(a.verdict()).isEqualTo(Verdict.UNCLEAR);
  }
}
