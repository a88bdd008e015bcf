using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Language;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// A question asked in passing inside a guide or at its result, completed with the place the guide is about when the
/// question names no place but means one: "will the buyer pay import duty over there?" in a shipment to Poland, or
/// "在那边卖要先注册增值税吗" after a platform result for the UK, asks about that country. Only questions that point to a
/// place ("there", "那边", "当地") or ask about rules (duty, VAT, customs, documents, certificates) are completed; the
/// guide's answers are read, never changed.
/// </summary>
public static class GuideQuestionContext
{
    /// <summary>The question to look up: <paramref name="question"/>, with the running guide's place added when it means it.</summary>
    public static string Complete(DialogContext dc, string? guideId, Dialog? guide, string question, BotLanguage language)
    {
        if (guideId is null || guide is not ISlotGuide slots || NamesAPlace(dc) || !MeansAPlace(question)
            || dc.ContextOf(guideId) is not { } guideContext || slots.KnownPlace(guideContext, language) is not { } place)
        {
            return question;
        }

        // "do I pay duty over there?" becomes "do I pay duty in Germany?": the place stands where the user pointed to it.
        return CountryRuleWords.WithPlace(question, place, language.IsChinese);
    }

    /// <summary>
    /// True when the question points to a place or asks about rules (duty, VAT, documents, certificates, what is
    /// allowed), which every market sets for itself: "what paperwork do I need?" inside a shipment to Japan asks Japan's.
    /// </summary>
    public static bool MeansAPlace(string question) => CountryRuleWords.PointsToAPlace(question) || CountryRuleWords.AsksAboutRules(question);

    // The message itself names a country or region: that place is meant, not the guide's.
    private static bool NamesAPlace(DialogContext dc) => TurnUnderstanding.Of(dc.Context)?.Message.Entities.Locations.Any() == true;
}
