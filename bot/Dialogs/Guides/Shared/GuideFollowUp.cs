using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// A guide offered at the end of another ("Logistics for this"): the menu entry to start, its button titles, and
/// recognizer-style entities that pre-fill it (for example <c>{ "country": [{ "code": "JP" }] }</c>).
/// </summary>
public sealed record GuideFollowUp(string Intent, string TitleEn, string TitleZh, JObject? Entities = null);
