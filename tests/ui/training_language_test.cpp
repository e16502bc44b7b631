// The Training panel in Finnish: the scenario's own Finnish texts (title, exercise, hints), the panel's
// words from fi.po, and the trainer view's click paths in the labels the Finnish UI shows.
#include <gtest/gtest.h>

#include <string>

#include "unit/core_fixture.h"
#include "app/training/training.h"
#include "imgui.h"
#include "imgui_headless.h"
#include "ui/app_ui.h"
#include "ui/strings.h"
#include "ui/training/click_path.h"
#include "ui/training/training_views.h"
#include "ui/widget_map.h"

using namespace prm;
namespace pt = prm::testing;

namespace {

using Headless = pt::UiDriver;

struct FinnishTraining {
    FinnishTraining() { ui::setLanguage(ui::Language::Finnish); }
    ~FinnishTraining() { ui::setLanguage(ui::Language::English); }
};

}  // namespace

TEST(TrainingInFinnish, ThePanelShowsTheScenariosFinnishExerciseTitleAndHints) {
    auto sb = pt::makeSandbox();
    ASSERT_TRUE(app::training::ensureStore(*sb).ok());
    auto loaded = app::training::loadBuiltinScenario(*sb, "prm-basics");
    ASSERT_TRUE(loaded.ok) << loaded.message;
    FinnishTraining fi;
    Headless h;
    ui::AppUi app(*sb, {});
    ui::openTrainingPanel(app.context(), ui::TrainingTab::Exercises);
    h.frames(app, 3);
    EXPECT_TRUE(h.shows("Kumppanisuhteen hallinnan perusteet")) << "the scenario's Finnish title";
    EXPECT_TRUE(h.shows("Ota ensin sandbox-kopio")) << "the current exercise's Finnish title";
    EXPECT_FALSE(h.shows("Take a sandbox copy first"));
    EXPECT_TRUE(h.shows("Vaihe 1/9"));
    EXPECT_TRUE(h.shows("0/9 valmiina"));
    ASSERT_TRUE(h.click(app, "Näytä vihje (0/2)"));
    EXPECT_TRUE(h.shows("Vihje 1: Kopiot-välilehti on tässä Koulutus-paneelissa, Harjoitukset-välilehden vieressä."));
    ASSERT_TRUE(h.click(app, "Tarkista"));
    EXPECT_EQ(app::training::progress(*sb)["sandbox-copy"].status, "failed");
}

TEST(TrainingInFinnish, ClickPathsUseTheFinnishUisLabels) {
    FinnishTraining fi;
    EXPECT_EQ(ui::clickPath({{"cmd", "EnablePrm"}}),
              "Asetukset \u2192 Rakenna \u2192 Mukauta \u2192 Yhteistyökumppanit \u2192 Asetukset \u2192 Muokkaa \u2192 "
              "Ota kumppanisuhteen hallinta käyttöön \u2192 Tallenna");
    EXPECT_EQ(ui::clickPath({{"cmd", "CompleteExternalAccessWizard"}}),
              "Ohjattu ulkoisen käyttäjän käyttöoikeusmuunnos \u2192 Jatka \u2192 Valmis");
    EXPECT_EQ(ui::clickPath({{"cmd", "ChangeLeadOwner"}, {"leadId", "$leadId(Kivi Oy)"}, {"ownerType", "PartnerUser"},
                             {"ownerId", "$userId(Maija Virtanen)"}}),
              "Liidit \u2192 Kivi Oy \u2192 [Muuta] \u2192 Omistaja \u2192 Kumppanikäyttäjä \u2192 Maija Virtanen \u2192 Tallenna");
}
