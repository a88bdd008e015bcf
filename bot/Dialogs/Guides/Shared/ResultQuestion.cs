namespace CrossBorderBot.Dialogs.Guides;

/// <summary>What a question about a result just shown asks (see <see cref="ResultQuestions"/>).</summary>
public enum ResultQuestion
{
    /// <summary>Nothing this reader knows: the guide's "why is X first?" explanation, or the knowledge base.</summary>
    None,

    /// <summary>"How was this price calculated?", "为什么按10公斤收费": the chargeable weight, the rate, the fees.</summary>
    HowPriced,

    /// <summary>"Are these prices accurate?", "运费报价靠谱吗": what the figures are based on, their review date.</summary>
    HowAccurate,

    /// <summary>"Which one is cheapest?", "哪个最便宜".</summary>
    Cheapest,

    /// <summary>"Which is the fastest?", "哪个最快".</summary>
    Fastest,

    /// <summary>"How long would the second one take?", "第三个多少钱": an option by its place in the ranking.</summary>
    AtPlace,

    /// <summary>"Is Etsy ok for us?", "亚马逊适合我们吗": where a named option ranks and why, or why it is ruled out.</summary>
    Suits,

    /// <summary>"What does fit 75 mean?", "匹配度85是什么意思": what the score measures.</summary>
    ScoreMeaning,

    /// <summary>"What will Amazon cost me a month?", "每个月总共要花多少钱".</summary>
    MonthlyCost,

    /// <summary>"What commission does the top one take?", "排第一的平台抽多少佣金": the fees of a ranked option.</summary>
    Fees,

    /// <summary>"What should we fix first?", "先改进哪方面".</summary>
    FixFirst,

    /// <summary>"What does level 3 mean?", "第3级是什么意思".</summary>
    LevelMeaning,

    /// <summary>"How do we get to the next level?", "怎样才能升到下一级".</summary>
    NextLevel,

    /// <summary>"Why is our brand score so low?", "合规怎么才35分": one area's score.</summary>
    AreaScore,

    /// <summary>"Why this step?", "为什么要做这一步": a playbook step's purpose.</summary>
    StepWhy,

    /// <summary>"Why this fix and not the bad reviews one?", "为什么是这个方案": why the playbook was matched, and how to try another.</summary>
    PlaybookWhy,

    /// <summary>"How long does this usually take?", "这一步一般要多久": a playbook step's duration.</summary>
    StepDuration,

    /// <summary>"Will the buyer pay any import VAT on this?", "买家要交关税吗": the result's own duty and VAT for the parcel.</summary>
    ImportTax,

    /// <summary>"So the first plan was cheaper, by how much?", "刚才那个是不是便宜一些，差多少": the result before a what-if against the one now.</summary>
    ComparedWithBefore,

    /// <summary>"How do we stop this happening again?", "以后怎么避免": what the playbook says keeps the problem from coming back.</summary>
    Prevention,

    /// <summary>
    /// "If we could only pick one, which would you go with?", "只做一个平台的话你推荐哪个", "what puts the first channel above the
    /// rest?": the one option the result recommends, and why it is first.
    /// </summary>
    OnePick,

    /// <summary>"What do we need to get approved on the top one?", "第一个平台开店要准备哪些资料": a ranked platform's entry requirements.</summary>
    EntryRequirements,
}
