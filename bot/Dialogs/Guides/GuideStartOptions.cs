using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// What a guide receives when it begins: the words that started it and what the recognizer found in them, so the
/// guide can pre-fill answers ("ship 2kg of shoes to Germany" → weight, category, destination) and ask only the rest.
/// </summary>
/// <param name="Text">The user's message that opened the guide; null when it was opened from the menu.</param>
/// <param name="Entities">The recognizer's typed entities for that message; null when there was no message.</param>
/// <param name="Described">True when the arbiter took <paramref name="Text"/> as a problem report: it is the description.</param>
/// <param name="Stacked">True when the guide starts on top of another one the user left for it (a detour).</param>
/// <param name="Earlier">Earlier messages of the conversation that named a destination or a product: read before
/// <paramref name="Text"/>, which wins where both say something; null or empty when there were none.</param>
public sealed record GuideStartOptions(string? Text = null, MessageEntities? Entities = null, bool Described = false, bool Stacked = false, List<EarlierMessage>? Earlier = null)
{
    /// <summary>The answers of a recalled plan (as the plan keeps them, JSON) to start from, <see cref="Text"/> read on top; null for none.</summary>
    public string? Saved { get; init; }
}
