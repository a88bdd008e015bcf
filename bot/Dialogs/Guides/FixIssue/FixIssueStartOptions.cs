using CrossBorderBot.Understanding;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// How the fix-an-issue steps begin: from the menu with <see cref="GuideStartOptions"/> (the same JSON shape: text
/// and entities), or again after "none of these" with the market already known.
/// </summary>
/// <param name="Market">A country code or region id the user already gave.</param>
/// <param name="Again">True when the user is asked to describe the problem again (no introduction, no pre-fill).</param>
/// <param name="Described">True when <paramref name="Text"/> was taken as a problem report (so it is the description).</param>
/// <param name="Stacked">True when the problem was reported inside another guide, which resumes afterwards.</param>
/// <param name="NoMarket">True when the user already said no particular market: it is not asked again.</param>
/// <param name="Rejected">The playbook the user turned down while telling the problem again: offered after the others.</param>
/// <param name="Platform">The id of a platform the user already named with the problem: its market notes are shown.</param>
public sealed record FixIssueStartOptions(string? Text = null, MessageEntities? Entities = null, string? Market = null, bool Again = false, bool Described = false, bool Stacked = false, bool NoMarket = false, string? Rejected = null, string? Platform = null);
