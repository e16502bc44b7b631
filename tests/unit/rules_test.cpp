// Pure rules (domain/rules): criteria, custom logic, partner eligibility, weighted round robin.
#include <gtest/gtest.h>

#include <map>

#include "domain/email.h"
#include "domain/rules.h"

using namespace prm::domain;

namespace {
CompiledCriterion crit(const std::string& field, const std::string& op, const std::string& value) {
    auto c = compileCriterion({field, op, value});
    EXPECT_TRUE(c.ok()) << c.message();
    return c.ok() ? c.value() : CompiledCriterion{};
}
}  // namespace

TEST(Rules, EqualsIgnoresCaseIncludingFinnishLettersAndAcceptsAlternatives) {
    auto c = crit("Country", "equals", "Finland, Sweden");
    EXPECT_TRUE(matches(c, std::string("finland")));
    EXPECT_TRUE(matches(c, std::string("SWEDEN")));
    EXPECT_FALSE(matches(c, std::string("Norway")));
    auto city = crit("City", "equals", "ÄÄNEKOSKI");
    EXPECT_TRUE(matches(city, std::string("äänekoski")));
    EXPECT_EQ(foldCase("ÅÖÄ×"), "åöä×");
}

TEST(Rules, TextOperators) {
    EXPECT_TRUE(matches(crit("Company", "contains", "oy"), std::string("Nokia Oyj")));
    EXPECT_FALSE(matches(crit("Company", "notContain", "oy, ab"), std::string("Kone AB")));
    EXPECT_TRUE(matches(crit("Company", "notContain", "oy, ab"), std::string("Acme Inc")));
    EXPECT_TRUE(matches(crit("LastName", "startsWith", "vir"), std::string("Virtanen")));
    EXPECT_TRUE(matches(crit("Country", "notEqual", "Finland"), std::string("Sweden")));
    EXPECT_TRUE(matches(crit("Rating", "lessThan", "m"), std::string("Hot")));
    EXPECT_TRUE(matches(crit("State", "equals", ""), std::nullopt));
}

TEST(Rules, NumberOperatorsAndBlankNumbers) {
    auto big = crit("AnnualRevenue", "greaterOrEqual", "1000000");
    EXPECT_TRUE(matches(big, std::string("1000000.0")));
    EXPECT_FALSE(matches(big, std::string("999999")));
    EXPECT_FALSE(matches(big, std::nullopt));
    EXPECT_TRUE(matches(crit("NumberOfEmployees", "notEqual", "5"), std::nullopt));
    EXPECT_TRUE(matches(crit("NumberOfEmployees", "equals", "5, 10"), std::string("10")));
    EXPECT_TRUE(matches(crit("NumberOfEmployees", "lessThan", "10"), std::string("9")));
}

TEST(Rules, CriterionValidationNamesTheProblem) {
    auto badField = compileCriterion({"Shoe", "equals", "x"}, "entry 2, criterion 1");
    ASSERT_FALSE(badField.ok());
    EXPECT_NE(badField.message().find("entry 2, criterion 1: 'Shoe' is not a lead field"), std::string::npos);
    auto badOp = compileCriterion({"Country", "like", "x"});
    ASSERT_FALSE(badOp.ok());
    EXPECT_EQ(badOp.error().field, "op");
    auto badNumber = compileCriterion({"AnnualRevenue", "greaterThan", "lots"});
    ASSERT_FALSE(badNumber.ok());
    EXPECT_NE(badNumber.message().find("'lots' is not one"), std::string::npos);
    EXPECT_FALSE(compileCriterion({"AnnualRevenue", "contains", "1"}).ok());
    EXPECT_EQ(leadFieldIndex("country"), leadFieldIndex("Country"));
}

TEST(Rules, DescribeSaysWhatMatched) {
    auto c = crit("Country", "equals", "Finland");
    EXPECT_EQ(describe(c, std::string("Finland"), true), "Country equals 'Finland' matched 'Finland'");
    EXPECT_EQ(describe(c, std::string("Sweden"), false), "Country equals 'Finland' did not match 'Sweden'");
}

TEST(Rules, LogicDefaultsAndCustom) {
    auto all = Logic::parse("", 3);
    ASSERT_TRUE(all.ok());
    EXPECT_TRUE(all->evaluate({true, true, true}));
    EXPECT_FALSE(all->evaluate({true, false, true}));
    auto any = Logic::parse("or", 2);
    ASSERT_TRUE(any.ok());
    EXPECT_TRUE(any->evaluate({false, true}));
    auto custom = Logic::parse("1 AND (2 OR 3)", 3);
    ASSERT_TRUE(custom.ok()) << custom.message();
    EXPECT_TRUE(custom->evaluate({true, false, true}));
    EXPECT_FALSE(custom->evaluate({false, true, true}));
    EXPECT_FALSE(custom->evaluate({true, false, false}));
    auto neg = Logic::parse("NOT 1 and 2", 2);
    ASSERT_TRUE(neg.ok()) << neg.message();
    EXPECT_TRUE(neg->evaluate({false, true}));
    auto none = Logic::parse("", 0);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->evaluate({}));
}

TEST(Rules, LogicErrorsAreExplained) {
    auto unknown = Logic::parse("1 AND (2 OR 4)", 3);
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.message().find("refers to criterion 4"), std::string::npos) << unknown.message();
    auto open = Logic::parse("1 AND (2 OR 3", 3);
    ASSERT_FALSE(open.ok());
    EXPECT_NE(open.message().find("without a matching ')'"), std::string::npos) << open.message();
    auto close = Logic::parse("1 AND 2) OR 3", 3);
    ASSERT_FALSE(close.ok());
    EXPECT_NE(close.message().find("')' without a matching '('"), std::string::npos) << close.message();
    auto mixed = Logic::parse("1 AND 2 OR 3", 3);
    ASSERT_FALSE(mixed.ok());
    EXPECT_NE(mixed.message().find("mixes AND and OR"), std::string::npos);
    auto unused = Logic::parse("1 OR 2", 3);
    ASSERT_FALSE(unused.ok());
    EXPECT_NE(unused.message().find("does not use criterion 3"), std::string::npos);
    EXPECT_FALSE(Logic::parse("1 AND", 1).ok());
    EXPECT_FALSE(Logic::parse("1 & 2", 2).ok());
    EXPECT_FALSE(Logic::parse("()", 1).ok());
}

TEST(Rules, EligibilityListsEveryReason) {
    PartnerUserFacts ok{true, true, true, {{"Partners", true}}};
    EXPECT_TRUE(partnerEligibility(ok).empty());

    PartnerUserFacts f{true, false, false, {}};
    auto r = partnerEligibility(f);
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0], Ineligible::NoCommunity);
    EXPECT_EQ(r[1], Ineligible::Inactive);
    EXPECT_EQ(r[2], Ineligible::NeverLoggedIn);

    PartnerUserFacts unpublished{true, true, true, {{"Partners", false}}};
    r = partnerEligibility(unpublished);
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0], Ineligible::CommunityNotPublished);
    EXPECT_EQ(reasonText(r[0], unpublished), "community 'Partners' is not published");

    PartnerUserFacts oneOfTwo{true, true, true, {{"Draft", false}, {"Partners", true}}};
    EXPECT_TRUE(partnerEligibility(oneOfTwo).empty());

    PartnerUserFacts internal{false, true, true, {}};
    EXPECT_EQ(partnerEligibility(internal), std::vector<Ineligible>{Ineligible::NotPartnerUser});

    PartnerUserFacts never{true, true, false, {{"Partners", true}}};
    EXPECT_EQ(ineligibleMessage("Maija Virtanen", partnerEligibility(never), never),
              "Maija Virtanen cannot own leads yet: they have never logged in; ask them to log in to the community once");
    // The same reasons in Finnish (the reader's language), with the gettext plural for the communities.
    EXPECT_EQ(ineligibleMessage("Maija Virtanen", partnerEligibility(never), never, prm::i18n::Language::Finnish),
              "Maija Virtanen ei voi vielä omistaa liidejä: hän ei ole koskaan kirjautunut; pyydä häntä kirjautumaan yhteisöön kerran");
    PartnerUserFacts twoDrafts{true, true, true, {{"Beta", false}, {"Draft", false}}};
    EXPECT_EQ(reasonText(Ineligible::CommunityNotPublished, twoDrafts, prm::i18n::Language::Finnish),
              "yhteisöjä 'Beta' ja 'Draft' ei ole julkaistu");
    EXPECT_EQ(reasonText(Ineligible::CommunityNotPublished, twoDrafts), "communities 'Beta' and 'Draft' are not published");
}

TEST(Rules, WeightedSequenceInterleaves) {
    EXPECT_EQ(weightedSequence({1, 1, 1}), (std::vector<int>{0, 1, 2}));
    auto seq = weightedSequence({3, 1});
    ASSERT_EQ(seq.size(), 4u);
    EXPECT_EQ(std::count(seq.begin(), seq.end(), 0), 3);
    EXPECT_EQ(weightedSequence({2, 1}), (std::vector<int>{0, 1, 0}));
}

TEST(Rules, RoundRobinSkipsIneligibleAndIsFair) {
    auto seq = weightedSequence({1, 1, 1});
    std::vector<bool> eligible{true, false, true};
    std::int64_t cursor = 0;
    std::map<int, int> got;
    for (int i = 0; i < 100; ++i) {
        auto p = pickRoundRobin(seq, eligible, cursor);
        ASSERT_GE(p.member, 0);
        ++got[p.member];
    }
    EXPECT_EQ(got[1], 0);
    EXPECT_EQ(got[0], 50);
    EXPECT_EQ(got[2], 50);

    std::int64_t c2 = 1;
    auto p = pickRoundRobin(seq, eligible, c2);
    EXPECT_EQ(p.member, 2);
    EXPECT_EQ(p.skipped, std::vector<int>{1});
    EXPECT_EQ(c2, 3);

    std::int64_t c3 = 5;
    auto none = pickRoundRobin(seq, {false, false, false}, c3);
    EXPECT_EQ(none.member, -1);
    EXPECT_EQ(none.skipped.size(), 3u);
    EXPECT_EQ(c3, 5);
}

// One e-mail check for users, leads, queues and contacts (it used to be two that disagreed).
TEST(Email, OneValidatorForEveryRecord) {
    using prm::domain::isValidEmail;
    for (const char* ok : {"maija.virtanen@nordicpartners.fi", "a+b@x.co", "o'brien@example.com", "x@sub.example.org"})
        EXPECT_TRUE(isValidEmail(ok)) << ok;
    for (const char* bad : {"a@x.c", "a@-x.com", "a@x-.com", "bob@", "@x.com", "a b@x.com", "a..b@x.com", "a@x..com",
                            "a@x.c0m", "a@b@x.com", ".a@x.com", "a@x", "ä@x.com"})
        EXPECT_FALSE(isValidEmail(bad)) << bad;
}
