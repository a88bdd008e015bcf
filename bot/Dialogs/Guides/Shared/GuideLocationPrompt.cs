using CrossBorderBot.Dialogs.Prompts;
using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// Asks for a country or region: buttons for common markets, and any country typed by name in English or Chinese
/// ("Poland", "波兰", "PL"). The answer is the chosen button's value or the country code / region id typed.
/// </summary>
/// <param name="unknownValue">The answer for "don't know / not sure / skip" when the question can do without a place; null when it cannot.</param>
public sealed class GuideLocationPrompt(string id, GuideLocationResolver resolver, string? unknownValue = null) : ButtonOrTypedPrompt<string>(id)
{
    protected override string? Read(string? text, PromptOptions options, Activity activity) =>
        Chosen(text, options, activity)
        ?? resolver.Resolve(text, activity.Locale)
        // "most of my buyers are in ohio", "买家大多在俄亥俄", "the amazon.com store": a state, city or country site in a sentence.
        ?? resolver.LocalPlacesIn(text).FirstOrDefault() ?? resolver.InitialsIn(text).FirstOrDefault() ?? resolver.SiteCountry(text)
        // "skip this", "这步跳过": the question left out is "not sure" where the question can do without a place.
        ?? (unknownValue is not null && (Slots.SlotVocabulary.Default.IsUnknown(text) || GoAheadCues.SkipsTheStep(text)) ? unknownValue : null);
}
