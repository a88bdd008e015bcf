using Newtonsoft.Json.Linq;

namespace CrossBorderBot.Dialogs.Guides;

/// <param name="GuideId">The guide whose saved plan "Send me the plan" sends.</param>
/// <param name="FollowUps">The guides offered next, in button order.</param>
/// <param name="HintEn">An extra line under the question (what can also be typed), English; null for none.</param>
/// <param name="HintZh">The same in Chinese.</param>
/// <param name="Data">What the guide needs to answer typed requests here (its answers, say); kept with the dialog.</param>
public sealed record GuideFollowUpsOptions(string GuideId, IReadOnlyList<GuideFollowUp> FollowUps, string? HintEn = null, string? HintZh = null, JObject? Data = null);
