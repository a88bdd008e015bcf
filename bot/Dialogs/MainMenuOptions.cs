using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs;

/// <param name="Intent">Start this menu entry right away instead of asking (the user already said what they want).</param>
/// <param name="Text">The user's words that led here, so a guide can pre-fill its answers from them.</param>
/// <param name="Entities">What the recognizer found in <paramref name="Text"/>, typed.</param>
/// <param name="Described">True when <paramref name="Text"/> describes the user's problem (a problem report) or is the question asked.</param>
/// <param name="Stacked">True when this menu runs on top of a guide left waiting: when its guide ends, the menu ends too and the guide below resumes.</param>
public sealed record MainMenuOptions(string? Intent = null, string? Text = null, MessageEntities? Entities = null, bool Described = false, bool Stacked = false)
{
    /// <summary>The answers of a recalled plan (as the plan keeps them) for the guide to start from; null for none.</summary>
    public string? Saved { get; init; }
}
