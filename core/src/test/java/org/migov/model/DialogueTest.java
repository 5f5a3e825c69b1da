package org.migov.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.migov.testing.Violations.at;
import static org.migov.testing.Violations.onlyThrownBy;
import static org.migov.testing.Violations.thrownBy;

import org.junit.jupiter.api.Test;
import org.migov.validation.Violation;
import org.migov.validation.ViolationCode;

class DialogueTest {
  private static final Party PAKISTAN = Party.country(CountryCode.of("PAK"));
  private static final Party HUNGARY = Party.country(CountryCode.of("HUN"));

  private static Dialogue.Builder valid() {
    return Dialogue.builder().id(DialogueId.of("budapest-process")).name("Budapest Process");
  }

  private static Membership member(Party p) {
    return Membership.builder().party(p).build();
  }

  private static WorkingGroup group(String id) {
    return WorkingGroup.builder().id(WorkingGroupId.of(id)).name("Group " + id)
        .kind(WorkingGroupKind.REGIONAL).build();
  }

  private static Region region(String id) {
    return Region.builder().id(RegionId.of(id)).name("Region " + id).build();
  }

  private static RoleTerm term(Party holder, DialogueRole role) {
    return RoleTerm.builder().holder(holder).role(role).build();
  }

  @Test
  void missingIdAndNameAreReportedTogether() {
    assertThat(thrownBy(() -> Dialogue.builder().shortName("BP").build()))
        .extracting(Violation::path, Violation::code, Violation::message)
        .containsExactly(
            tuple("dialogue.id", ViolationCode.REQUIRED,
                "'id' is required but was not set"),
            tuple("dialogue.name", ViolationCode.REQUIRED,
                "'name' is required but was not set"));
  }

  @Test
  void blankNameShortNameAndDescriptionAreAllReported() {
    assertThat(thrownBy(() -> valid().name(" ").shortName("").description("\n").build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("dialogue.name", ViolationCode.TEXT_BLANK),
            at("dialogue.shortName", ViolationCode.TEXT_BLANK),
            at("dialogue.description", ViolationCode.TEXT_BLANK));
  }

  @Test
  void partyThatIsAMemberTwiceIsADuplicateEvenInAnotherRole() {
    Violation v = onlyThrownBy(() -> valid().addMembers(member(PAKISTAN), member(HUNGARY),
        Membership.builder().party(PAKISTAN).role(MembershipRole.OBSERVER).build()).build());

    assertThat(v.path()).isEqualTo("dialogue.members[2]");
    assertThat(v.code()).isEqualTo(ViolationCode.COLLECTION_DUPLICATE);
    assertThat(v.message()).isEqualTo("'members' holds country:PAK more than once");
  }

  @Test
  void regionIdsAndWorkingGroupIdsAreUniqueWithinTheDialogue() {
    assertThat(thrownBy(() -> valid()
        .addRegions(region("silk-routes"), region("silk-routes"))
        .addWorkingGroups(group("twg"), group("rwg"), group("twg"))
        .build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("dialogue.regions[1]", ViolationCode.COLLECTION_DUPLICATE),
            at("dialogue.workingGroups[2]", ViolationCode.COLLECTION_DUPLICATE));
  }

  @Test
  void nullElementsOfEveryListAreReportedAsRequired() {
    assertThat(thrownBy(() -> valid()
        .addEstablished((SourcedDate) null)
        .addMembers((Membership) null)
        .addRegions((Region) null)
        .addTerms((RoleTerm) null)
        .addWorkingGroups((WorkingGroup) null)
        .addSize((Figure) null)
        .addSources((Source) null)
        .build()))
        .extracting(Violation::path, Violation::code)
        .containsExactly(at("dialogue.established[0]", ViolationCode.REQUIRED),
            at("dialogue.members[0]", ViolationCode.REQUIRED),
            at("dialogue.regions[0]", ViolationCode.REQUIRED),
            at("dialogue.terms[0]", ViolationCode.REQUIRED),
            at("dialogue.workingGroups[0]", ViolationCode.REQUIRED),
            at("dialogue.size[0]", ViolationCode.REQUIRED),
            at("dialogue.sources[0]", ViolationCode.REQUIRED));
  }

  @Test
  void termsOfOneRoleAreFoundInTheOrderGiven() {
    Party turkiye = Party.country(CountryCode.of("TUR"));
    Dialogue d = valid().addTerms(term(HUNGARY, DialogueRole.CHAIR),
        term(Party.organisation(OrganisationId.of("icmpd")), DialogueRole.SECRETARIAT),
        term(turkiye, DialogueRole.CHAIR), term(HUNGARY, DialogueRole.CO_CHAIR)).build();

    assertThat(d.terms(DialogueRole.CHAIR)).extracting(RoleTerm::holder)
        .containsExactly(HUNGARY, turkiye);
    assertThat(d.terms(DialogueRole.RAPPORTEUR)).isEmpty();
  }

  @Test
  void workingGroupIsFoundById() {
    Dialogue d = valid().addWorkingGroups(group("twg"), group("rwg")).build();

    assertThat(d.workingGroup(WorkingGroupId.of("rwg"))).hasValue(group("rwg"));
    assertThat(d.workingGroup(WorkingGroupId.of("none"))).isEmpty();
  }

  @Test
  void sourcesMayDisagreeOnWhenTheDialogueWasEstablished() {
    Dialogue d = valid()
        .addEstablished(SourcedDate.of(PartialDate.ofYear(1993),
            Source.builder().title("European Commission").build()))
        .addEstablished(SourcedDate.of(PartialDate.ofYear(1991),
            Source.builder().title("IOM").build()))
        .build();

    assertThat(d.established()).extracting(SourcedDate::date)
        .containsExactly(PartialDate.ofYear(1993), PartialDate.ofYear(1991));
  }

  @Test
  void optionalAttributesAreEmptyUnlessSet() {
    Dialogue d = valid().build();

    assertThat(d.shortName()).isEmpty();
    assertThat(d.description()).isEmpty();
    assertThat(d.established()).isEmpty();
    assertThat(d.members()).isEmpty();
    assertThat(d.regions()).isEmpty();
    assertThat(d.terms()).isEmpty();
    assertThat(d.workingGroups()).isEmpty();
    assertThat(d.size()).isEmpty();
    assertThat(d.sources()).isEmpty();
  }
}
