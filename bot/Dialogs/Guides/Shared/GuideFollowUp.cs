using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// A guide offered at the end of another ("Logistics for this"): the menu entry to start, its button titles, and the
/// typed entities that pre-fill it (for example the first market as a country).
/// </summary>
public sealed record GuideFollowUp(string Intent, string TitleEn, string TitleZh, MessageEntities? Entities = null);
