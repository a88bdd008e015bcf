namespace CrossBorderBot.Knowledge.Model;

/// <summary>Who may sell on a platform, from its own terms: rules that exclude a seller outright or make entry harder.</summary>
public sealed record PlatformEligibility
{
    /// <summary>Only goods the seller makes or designs, vintage goods or craft supplies (Etsy's creativity standards).</summary>
    public bool HandmadeOnly { get; init; }

    /// <summary>Only sellers with their own brand (e.g. a brand-partner programme).</summary>
    public bool BrandsOnly { get; init; }

    /// <summary>Entry by invitation or selective application only.</summary>
    public bool InvitationOnly { get; init; }

    /// <summary>
    /// The platform's terms take overseas companies only in limited cases, so a seller from China usually opens through a
    /// company in the market or an appointed local partner (Rakuten Ichiba, noon): a hurdle a newcomer meets first.
    /// </summary>
    public bool LocalEntityUsual { get; init; }

    /// <summary>Categories that need the platform's approval before listing (gated categories).</summary>
    public IReadOnlyList<string> CategoryApproval { get; init; } = [];

    /// <summary>The platform's brand programme and what it needs (e.g. Brand Registry needs a registered or pending
    /// trademark); shown as an advantage only to sellers with a brand, and only with a trademark when it needs one.</summary>
    public LocalizedText? BrandProgramme { get; init; }

    public bool BrandProgrammeNeedsTrademark { get; init; }

    /// <summary>Why the rule applies, in the platform's words, when it excludes or penalises.</summary>
    public LocalizedText? Note { get; init; }
}
