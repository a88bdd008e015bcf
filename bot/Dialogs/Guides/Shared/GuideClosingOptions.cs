namespace CrossBorderBot.Dialogs.Guides;

/// <param name="GuideId">The guide whose saved plan "Send me the plan" sends.</param>
/// <param name="FollowUpIntent">The menu entry offered next (for example <c>fix_issue</c> after logistics).</param>
/// <param name="FollowUpTitleEn">The follow-up button's title in English.</param>
/// <param name="FollowUpTitleZh">The follow-up button's title in Chinese.</param>
public sealed record GuideClosingOptions(string GuideId, string FollowUpIntent, string FollowUpTitleEn, string FollowUpTitleZh);
