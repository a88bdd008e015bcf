using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>A platform this seller cannot use, and why (its own eligibility rule, business model or markets).</summary>
public sealed record ExcludedPlatform(Platform Platform, LocalizedText Reason);
