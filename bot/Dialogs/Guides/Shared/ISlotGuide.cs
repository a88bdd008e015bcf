using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>A guide that reads every message for all of its questions (slots), not only the one it asked.</summary>
public interface ISlotGuide
{
    /// <summary>True when the message gives a value for any of the guide's questions (read clearly, anywhere in it).</summary>
    bool Reads(RecognizedMessage message);

    /// <summary>How many of the guide's questions the message answers clearly (read anywhere in it, not as a short reply).</summary>
    int SlotsRead(RecognizedMessage message);

    /// <summary>
    /// The places the guide's answers so far are about (the parcel's destinations, the markets), first the one worked
    /// out, named in <paramref name="language"/>; empty when none is known. <paramref name="guideContext"/> is the context
    /// whose active dialog is the guide. A question asked in passing ("do they charge duty over there?") means these places.
    /// </summary>
    IReadOnlyList<string> KnownPlaces(DialogContext guideContext, BotLanguage language);

    /// <summary>
    /// The products the guide's answers are about, first the one worked out, named in <paramref name="language"/>; empty
    /// when none is known. A question asked in passing about "these" goods ("what rules apply to these?") means them.
    /// </summary>
    IReadOnlyList<GuideProduct> KnownProducts(DialogContext guideContext, BotLanguage language);

    /// <summary>
    /// Why an option the question names does not fit the answers so far ("why not sea freight?" for a 2 kg parcel: its
    /// minimum), in the advisor's own reason; null when it names none the answers rule out, or they are too few to say.
    /// </summary>
    string? WhyNotNamed(DialogContext guideContext, string question, BotLanguage language) => null;

    /// <summary>
    /// The problem the guide has matched and is showing (a playbook's name), once it has one; null before, and for a guide
    /// that fixes no problem. A question asked at its confirmation ("what documents do they usually want?") is about it.
    /// </summary>
    string? ProblemInView(DialogContext guideContext, BotLanguage language) => null;

    /// <summary>
    /// The option the result shown puts first (the top platform's name), named in <paramref name="language"/>; null before
    /// the result, and for a guide whose result names no single option. A question at the result that points back with
    /// "they", "its" or "这个平台" ("how much do they take per sale?") asks about it.
    /// </summary>
    string? OptionInView(DialogContext guideContext, BotLanguage language) => null;
}

/// <summary>A product a guide is about: its category id and the category's name.</summary>
public sealed record GuideProduct(string Id, string Name);
