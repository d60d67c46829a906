package io.rolelens.analyzer.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TitleReaderTest {
  private final TitleReader reader = new TitleReader();

  @ParameterizedTest(name = "[{index}] {0} -> {1}, {2}, hybrid={3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # title                                          | role                      | seniority | hybrid
          # --- Product Manager, decorated ---
          Product Manager                                  | product_manager           | mid       | false
          Senior Product Manager                           | product_manager           | senior    | false
          Sr. Product Manager                              | product_manager           | senior    | false
          Lead Product Manager                             | product_manager           | lead      | false
          Product Lead                                     | product_manager           | lead      | false
          Principal Product Manager                        | product_manager           | lead      | false
          Staff Product Manager                            | product_manager           | lead      | false
          Group Product Manager                            | product_manager           | lead      | false
          Associate Product Manager                        | product_manager           | junior    | false
          APM                                              | product_manager           | junior    | false
          Junior Product Manager                           | product_manager           | junior    | false
          Product Management Intern                        | product_manager           | intern    | false
          Head of Product                                  | product_manager           | head      | false
          Director of Product Management                   | product_manager           | head      | false
          Associate Director, Product Management           | product_manager           | head      | false
          VP of Product                                    | product_manager           | head      | false
          VP, Product                                      | product_manager           | head      | false
          Chief Product Officer                            | product_manager           | head      | false
          CPO                                              | product_manager           | head      | false
          Product Manager I                                | product_manager           | junior    | false
          Product Manager II                               | product_manager           | mid       | false
          Product Manager III                              | product_manager           | senior    | false
          Product Manager IV                               | product_manager           | lead      | false
          Senior Manager, Product Management               | product_manager           | senior    | false
          Technical Product Manager                        | product_manager           | mid       | false
          AI Product Manager                               | product_manager           | mid       | false
          Payments Product Manager                         | product_manager           | mid       | false
          B2B SaaS Product Manager (Remote)                | product_manager           | mid       | false
          Digital Product Manager - London                 | product_manager           | mid       | false
          'Senior Product Manager | Hybrid'                | product_manager           | senior    | false
          Product Manager – 12 month contract              | product_manager           | mid       | false
          International Product Manager                    | product_manager           | mid       | false
          PRODUCT MANAGER                                  | product_manager           | mid       | false
          product manager                                  | product_manager           | mid       | false
          **Senior** Product-Manager!!!                    | product_manager           | senior    | false
          Senior PM                                        | product_manager           | senior    | false
          Product Manager, Project Management Software     | product_manager           | mid       | false
          # --- Project Manager, decorated ---
          Project Manager                                  | project_manager           | mid       | false
          Senior Project Manager                           | project_manager           | senior    | false
          Snr Project Manager                              | project_manager           | senior    | false
          Lead Project Manager                             | project_manager           | lead      | false
          Project Lead                                     | project_manager           | lead      | false
          Principal Project Manager                        | project_manager           | lead      | false
          Assistant Project Manager                        | project_manager           | junior    | false
          Junior Project Manager                           | project_manager           | junior    | false
          Graduate Project Manager                         | project_manager           | junior    | false
          Entry Level Project Manager                      | project_manager           | junior    | false
          Project Management Intern                        | project_manager           | intern    | false
          Head of Projects                                 | project_manager           | head      | false
          Director of Project Management                   | project_manager           | head      | false
          Director, Project Management                     | project_manager           | head      | false
          Project Manager II                               | project_manager           | mid       | false
          Project Manager III                              | project_manager           | senior    | false
          IT Project Manager                               | project_manager           | mid       | false
          Construction Project Manager – 12 month contract | project_manager           | mid       | false
          Digital Project Manager (Remote)                 | project_manager           | mid       | false
          Technical Project Manager - London               | project_manager           | mid       | false
          'Project Manager | Hybrid'                       | project_manager           | mid       | false
          PROJECT MANAGER                                  | project_manager           | mid       | false
          senior project manager                           | project_manager           | senior    | false
          Project Manager f/m/x                            | project_manager           | mid       | false
          Interim Project Manager                          | project_manager           | mid       | false
          Project Manager - Head Office, Leeds             | project_manager           | mid       | false
          Project Manager - Lloyds Banking Group           | project_manager           | mid       | false
          PMO Lead                                         | project_manager           | lead      | false
          Head of PMO                                      | project_manager           | head      | false
          Manager, Project Management Office              | project_manager           | mid       | false
          Project Manager – Product Development            | project_manager           | mid       | false
          Senior Project Manager, Product Launches         | project_manager           | senior    | false
          # --- Product Owner, decorated ---
          Product Owner                                    | product_owner             | mid       | false
          Senior Product Owner                             | product_owner             | senior    | false
          Sr Product Owner                                 | product_owner             | senior    | false
          Lead Product Owner                               | product_owner             | lead      | false
          Principal Product Owner                          | product_owner             | lead      | false
          Junior Product Owner                             | product_owner             | junior    | false
          Associate Product Owner                          | product_owner             | junior    | false
          Product Owner Intern                             | product_owner             | intern    | false
          Product Owner I                                  | product_owner             | junior    | false
          SENIOR PRODUCT OWNER II                          | product_owner             | senior    | false
          Technical Product Owner                          | product_owner             | mid       | false
          Proxy Product Owner                              | product_owner             | mid       | false
          Digital Product Owner (Remote)                   | product_owner             | mid       | false
          Product Owner - Payments                         | product_owner             | mid       | false
          Product Owner – 12 month contract                | product_owner             | mid       | false
          product owner                                    | product_owner             | mid       | false
          Product Owner (m/w/d)                            | product_owner             | mid       | false
          PO                                               | product_owner             | mid       | false
          Senior PO                                        | product_owner             | senior    | false
          # --- hybrids and pairs ---
          Product Manager / Product Owner                  | product_manager           | mid       | true
          Product Owner / Product Manager                  | product_owner             | mid       | true
          Product Owner & Project Manager                  | product_owner             | mid       | true
          Project Manager / Product Owner                  | project_manager           | mid       | true
          Senior Product Owner/Product Manager             | product_owner             | senior    | true
          PM/PO                                            | product_manager           | mid       | true
          Product Owner / PM                               | product_owner             | mid       | true
          Product Owner / Manager                          | product_owner             | mid       | true
          Project/Product Manager                          | project_manager           | mid       | true
          Product & Project Manager                        | product_manager           | mid       | true
          Project Manager - Scrum Master                   | project_manager           | mid       | false
          Product Owner / Scrum Master                     | product_owner             | mid       | false
          Scrum Master / PO                                | product_owner             | mid       | false
          Business Analyst / Product Owner                 | product_owner             | mid       | false
          Project Manager / Business Analyst               | project_manager           | mid       | false
          Technical Program Manager (PM)                   | technical_program_manager | mid       | false
          # --- adjacent families ---
          Program Manager                                  | program_manager           | mid       | false
          Programme Manager                                | program_manager           | mid       | false
          Senior Programme Manager - Construction          | program_manager           | senior    | false
          Program Director                                 | program_manager           | head      | false
          Technical Program Manager                        | technical_program_manager | mid       | false
          Senior Technical Programme Manager               | technical_program_manager | senior    | false
          Staff Technical Program Manager                  | technical_program_manager | lead      | false
          TPM                                              | technical_program_manager | mid       | false
          Scrum Master                                     | scrum_master              | mid       | false
          Senior Scrum Master                              | scrum_master              | senior    | false
          Agile Coach                                      | scrum_master              | mid       | false
          Business Analyst                                 | business_analyst          | mid       | false
          Senior Business Systems Analyst                  | business_analyst          | senior    | false
          Delivery Manager                                 | delivery_manager          | mid       | false
          Delivery Lead                                    | delivery_manager          | lead      | false
          Head of Delivery                                 | delivery_manager          | head      | false
          # --- look-alikes that are other ---
          Product Designer                                 | other                     | mid       | false
          Senior Product Designer                          | other                     | senior    | false
          Product Design Lead                              | other                     | lead      | false
          Product Marketing Manager                        | other                     | mid       | false
          Production Manager                               | other                     | mid       | false
          Product Analyst                                  | other                     | mid       | false
          Product Specialist                               | other                     | mid       | false
          Project Engineer                                 | other                     | mid       | false
          Projects Accountant                              | other                     | mid       | false
          Software Engineer                                | other                     | mid       | false
          Senior Software Engineer                         | other                     | senior    | false
          Data Analyst                                     | other                     | mid       | false
          Property Manager                                 | other                     | mid       | false
          Programmer Analyst                               | other                     | mid       | false
          # --- titles in other languages ---
          Projektmanager (m/w/d)                           | project_manager           | mid       | false
          Senior Projektmanager IT (m/w/d)                 | project_manager           | senior    | false
          Projektmanagerin                                 | project_manager           | mid       | false
          Projektleiter Bau                                | project_manager           | mid       | false
          Projektleiterin Digitalisierung (w/m/d)          | project_manager           | mid       | false
          Projectmanager (m/v)                             | project_manager           | mid       | false
          Gerente de Projetos                              | project_manager           | mid       | false
          Gerente de Projetos Sênior                       | project_manager           | senior    | false
          Gerente de Proyectos                             | project_manager           | mid       | false
          Jefe de Proyecto                                 | project_manager           | mid       | false
          Chef de projet                                   | project_manager           | mid       | false
          Chef de projet digital H/F                       | project_manager           | mid       | false
          Produktmanager (m/w/d)                           | product_manager           | mid       | false
          Gerente de Produto                               | product_manager           | mid       | false
          """)
  void readsRoleSeniorityAndHybridFromTitle(
      String title, String role, String seniority, boolean hybrid) {
    TitleReading reading = reader.read(title);

    assertThat(List.of(reading.role().id(), reading.seniority().id(), reading.hybrid()))
        .as("reading of %s (families %s)", title, reading.families())
        .containsExactly(role, seniority, hybrid);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}, {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Python Engineer (APM)                            | other                     | mid
          APM Engineer                                     | other                     | mid
          Senior Software Developer - PM Tools             | other                     | senior
          'Data Analyst | Junior PM'                       | other                     | junior
          Teacher of Maths - 50% AM only; 50% PM only      | other                     | mid
          Night Shift Supervisor 10 PM                     | other                     | mid
          APM                                              | product_manager           | junior
          Sr. PM                                           | product_manager           | senior
          Associate Product Manager (APM)                  | product_manager           | junior
          PM, Developer Platform                           | product_manager           | mid
          """)
  void readsPmAndApmAsProductManagerOnlyWhereTheyAreTheTitlesHead(
      String title, String role, String seniority) {
    TitleReading reading = reader.read(title);

    assertThat(List.of(reading.role().id(), reading.seniority().id()))
        .as("reading of %s (families %s)", title, reading.families())
        .containsExactly(role, seniority);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "   ", "\t", " \n "})
  void readsMissingTitleAsOtherMidAndNotHybrid(String title) {
    TitleReading reading = reader.read(title);

    assertThat(reading.role()).isEqualTo(RoleFamily.OTHER);
    assertThat(reading.families()).containsExactly(RoleFamily.OTHER);
    assertThat(reading.seniority()).isEqualTo(Seniority.MID);
    assertThat(reading.hybrid()).isFalse();
    assertThat(reading.text()).isEqualTo(title == null ? "" : title);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SENIOR PRODUCT OWNER II",
        "IT PROJECT MANAGER",
        "PRODUCT MANAGER I",
        "VP, PRODUCT"
      })
  void readsTitlesWithCapitalIAlikeUnderTurkishLocale(String title) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.ROOT);
      TitleReading expected = reader.read(title);
      Locale.setDefault(Locale.of("tr", "TR"));
      TitleReading turkish = reader.read(title);

      assertThat(turkish).isEqualTo(expected);
      assertThat(turkish.role()).isNotEqualTo(RoleFamily.OTHER);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void listsEveryNamedFamilyInOrderOfAppearance() {
    TitleReading reading = reader.read("Project Manager - Scrum Master / Business Analyst");

    assertThat(reading.families())
        .containsExactly(
            RoleFamily.PROJECT_MANAGER, RoleFamily.SCRUM_MASTER, RoleFamily.BUSINESS_ANALYST);
    assertThat(reading.hybrid()).isFalse();
  }
}
