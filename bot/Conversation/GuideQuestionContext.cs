using CrossBorderBot.Answers;
using CrossBorderBot.Dialogs;
using CrossBorderBot.Dialogs.Guides;
using CrossBorderBot.Language;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Conversation;

/// <summary>
/// A question asked in passing inside a guide or at its result, completed with the place the guide is about when the
/// question names no place but means one: "will the buyer pay import duty over there?" in a shipment to Poland, or
/// "在那边卖要先注册增值税吗" after a platform result for the UK, asks about that country. Only questions that point to a
/// place ("there", "那边", "当地"), ask about rules (duty, VAT, customs, documents, certificates) or about a market's
/// limits ("the value limit per parcel") are completed; the guide's answers are read, never changed. A guide about
/// several places (a parcel to Germany and Spain) has the question asked once for each of them.
/// </summary>
public static class GuideQuestionContext
{
    /// <summary>The most places one question is asked for: a guide with more keeps the rest for the user to name.</summary>
    private const int MostPlacesAsked = 3;

    /// <summary>Answers the question asked in passing, once for each place of the running guide it means.</summary>
    public static async Task AnswerAsync(KnowledgeAnswerer answerer, DialogContext dc, string? guideId, Dialog? guide, string question, BotLanguage language, CancellationToken cancellationToken)
    {
        foreach (var completed in Complete(dc, guideId, guide, question, language))
        {
            await answerer.AnswerAsync(dc.Context, completed, language, cancellationToken);
        }
    }

    /// <summary>
    /// The questions to look up: <paramref name="question"/>, with the running guide's place put in when it means one,
    /// once for each place the guide is about.
    /// </summary>
    public static IReadOnlyList<string> Complete(DialogContext dc, string? guideId, Dialog? guide, string question, BotLanguage language)
    {
        if (guideId is null || guide is not ISlotGuide slots || NamesAPlace(dc) || !MeansAPlace(question)
            || dc.ContextOf(guideId) is not { } guideContext || slots.KnownPlaces(guideContext, language) is not { Count: > 0 } places)
        {
            return [question];
        }

        // "do I pay duty over there?" becomes "do I pay duty in Germany?": the place stands where the user pointed to it;
        // "do those countries charge VAT?" about Germany and Spain is asked for each of them.
        return [.. places.Take(MostPlacesAsked).Select(place => CountryRuleWords.WithPlace(question, place, language.IsChinese))];
    }

    /// <summary>
    /// True when the question points to a place or asks about rules (duty, VAT, documents, certificates, what is
    /// allowed) or a market's limits, which every market sets for itself: "what paperwork do I need?" inside a shipment
    /// to Japan asks Japan's.
    /// </summary>
    public static bool MeansAPlace(string question) =>
        CountryRuleWords.PointsToAPlace(question) || CountryRuleWords.AsksAboutRules(question) || CountryRuleWords.AsksAboutALimit(question);

    // The message itself names a country or region: that place is meant, not the guide's.
    private static bool NamesAPlace(DialogContext dc) => TurnUnderstanding.Of(dc.Context)?.Message.Entities.Locations.Any() == true;
}
