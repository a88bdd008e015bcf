namespace CrossBorderBot.Understanding;

/// <summary>
/// Recognises which kind of trouble a message talks about. Hand-written, high-precision patterns: an issue type
/// is named only by phrases that mean that problem (not by any mention of "tax" or "customs").
/// </summary>
internal static partial class IssueTypeRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // .NET's \b treats Han characters as word characters, so "什么是IOSS" has no boundary before "IOSS";
    // patterns use this Latin-only boundary instead.
    private const string B = @"(?:(?<![A-Za-z0-9])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?![A-Za-z0-9]))";

    private static readonly (IssueType Type, Regex Pattern)[] Rules =
    [
        (IssueType.CustomsHold, CustomsHoldRule()),
        (IssueType.Certification, CertificationRule()),
        (IssueType.VatTax, VatTaxRule()),
        (IssueType.IpComplaint, IpComplaintRule()),
        (IssueType.QualityComplaint, QualityComplaintRule()),
        (IssueType.Returns, ReturnsRule()),
        (IssueType.LostParcel, LostParcelRule()),
        (IssueType.AccountSuspension, AccountSuspensionRule()),
        (IssueType.FalseAdvertising, FalseAdvertisingRule()),
        (IssueType.PriceWar, PriceWarRule()),
    ];

    private static readonly List<string> Precedence =
    [..
        new[]
        {
            IssueType.CustomsHold, IssueType.IpComplaint, IssueType.AccountSuspension, IssueType.Certification,
            IssueType.VatTax, IssueType.FalseAdvertising, IssueType.PriceWar, IssueType.LostParcel,
            IssueType.QualityComplaint, IssueType.Returns,
        }.Select(IssueTypes.Id),
    ];

    /// <summary>One mention per issue type found, the most specific first (see <see cref="Precedence"/>).</summary>
    public static IReadOnlyList<EntityMention> Find(string text)
    {
        var found = new List<EntityMention>();
        foreach (var (type, pattern) in Rules)
        {
            var match = pattern.Match(text);
            // "不退货", "no returns" state a returns policy (a guide's answer), not returns trouble; a negation before
            // other types is the trouble itself ("没有CE认证", "no tracking"), so only returns are read this way.
            if (match.Success && !IsNegatedTaxReturn(text, type, match) && !(type == IssueType.Returns && NegatedMention.FollowsANegation(text, match.Index)))
            {
                found.Add(new EntityMention(EntityType.IssueType, match.Index, match.Length, IssueTypes.Id(type), match.Value));
            }
        }

        // The most specific trouble first: a parcel held at customs "until we pay tax" is a customs hold, an account
        // suspended "for an IP complaint" is an IP complaint, goods "returned by customs" were held, not returned.
        return found.OrderBy(m => Precedence.IndexOf(m.Value)).ThenBy(m => m.Start).ToList();
    }

    // "tax return" is a filing, not a parcel coming back.
    private static bool IsNegatedTaxReturn(string text, IssueType type, Match match) =>
        type == IssueType.Returns && TaxReturnRegex().IsMatch(text) && !OtherReturnRegex().IsMatch(text);

    [GeneratedRegex(@"tax returns?", Options)]
    private static partial Regex TaxReturnRegex();

    [GeneratedRegex(@"退货|退回|(?<!tax )returns?\b(?! (of|on) investment)", Options)]
    private static partial Regex OtherReturnRegex();

    // CustomsHold: Latin-only boundaries (B) where a plain word boundary is meant.
    [GeneratedRegex(@"held (up )?(at|in|by) customs|stuck (at|in) customs|customs (hold|held|seiz\w*|detain\w*|detention|stopped|blocked|won'?t release|will not release|refused)|(seized|detained|confiscated) (by|at|in) customs|customs (has |have )?(seized|detained|confiscated|held)|(parcel|package|shipment|goods|order|cargo)s? (\w+ ){0,2}(seized|detained|confiscated|held up)|(won'?t|can'?t|cannot|couldn'?t|failed to|fails to) clear customs|customs clearance (failed|problem|issue|delay)|clearance failed|扣关|被扣|扣押|扣货|海关扣|卡在海关|卡海关|清关失败|清不了关|无法清关|清关异常|查扣|海关不放行|卡在清关|卡清关|海关.{0,8}(扣|卡|查|放行|退回|拒|天)|(卡|扣|困|压)在.{0,8}海关|放行|放货|被扣|扣了(货|我)|扣下|(stuck|held|hold|holding|on hold|waiting|sitting|blocked|detained|inspected|inspection)" + B + @".{0,40}" + B + @"customs" + B + @"|" + B + @"customs" + B + @".{0,40}" + B + @"(stuck|held|hold|holding|on hold|blocked|detained|inspect\w*|for \d+ (days|weeks)|won'?t release|not releas\w*|asks? for|want\w*|needs?|rejected|returned)|(hold|held|holding) (my |the |our |a )?(\w+ )?(parcel|package|shipment|goods|order|box)|held for inspection|(releas\w*) (the |my |our )?(parcel|package|shipment|goods)|until (i|we) pay|returned (to sender )?by customs|(在|到)海关", Options)]
    private static partial Regex CustomsHoldRule();

    // Certification: Latin-only boundaries (B) where a plain word boundary is meant.
    [GeneratedRegex(@"certif\w*|" + B + @"(UKCA|RoHS|SASO|CPSIA|FCC|CPC|PSE)" + B + @"|" + B + @"CE[- ]?mark\w*|declaration of conformity|conformity assessment|test reports?" + B + @"|lab test\w*|认证|检测报告|合格证书|符合性声明|CE标|3C|" + B + @"CE" + B + @"|" + B + @"FCC" + B, Options)]
    private static partial Regex CertificationRule();

    // VatTax: Latin-only boundaries (B) where a plain word boundary is meant.
    [GeneratedRegex(B + @"(VAT|IOSS|GST|OSS)" + B + @"|sales tax|consumption tax|import tax\w*|tax (number|id|registration|bill|audit|office|authority|arrears)|" + B + @"vat\w*|增值税|进口税|消费税|销售税|税号|税务|补税|补缴|交税|欠税|税单|税费", Options)]
    private static partial Regex VatTaxRule();

    // IpComplaint: Latin-only boundaries (B) where a plain word boundary is meant.
    [GeneratedRegex(@"infring\w*|counterf\w*|" + B + @"fake" + B + @"|knock-?offs?|trademark (complaint|claim|violation|dispute|issue)|patent (complaint|claim|violation|dispute|troll|lawsuit)|copyright (complaint|claim|strike|violation)|" + B + @"IP (complaint|claim|violation|issue|dispute)s?|intellectual property|" + B + @"TRO" + B + @"|" + B + @"DMCA" + B + @"|侵权|假货|仿冒|山寨|商标投诉|专利投诉|版权投诉|知识产权|侵犯|版权|商标|专利|仿(他们|别人|我们)|说(是)?假(的|货)|" + B + @"copyright" + B + @"|" + B + @"trademark" + B + @"|" + B + @"patent" + B + @"|" + B + @"knock-?off" + B, Options)]
    private static partial Regex IpComplaintRule();

    // QualityComplaint: Latin-only boundaries (B) where a plain word boundary is meant.
    [GeneratedRegex(@"quality (complaint|issue|problem|claim|defect)s?|(poor|bad|low|terrible|awful|cheap) quality|defect\w*|faulty|arrived broken|(is|are|was|were) broken|(doesn'?t|does not|don'?t|stopped) work(ing)?|(bad|negative|poor|1[- ]star|one[- ]star|low) (reviews?|ratings?)|complain\w* about (the )?quality|质量问题|质量投诉|质量差|质量不好|质量有问题|差评|次品|残次|坏了|不能用|瑕疵|产品质量|做工差|容易坏|是坏的|面料(很)?差|颜色不对|质量|破损|不亮|breaks? (easily|after|within)|" + B + @"broke" + B + @"|" + B + @"broken" + B + @"|colou?r is (different|wrong)|(fabric|material) is (cheap|thin|bad)|falls? apart|stopped working|not working properly|arrived damaged|(came|arrived|got|was|were|is|are) (\w+ ){0,2}(damaged|cracked|smashed|shattered|crushed|dented|torn)|碎了|裂了|摔坏|压坏|磕坏|破了|damaged (in transit|on arrival|goods|items?|parcels?|packages?|products?|boxes)|" + B + @"leak(s|ing|ed|y)?" + B + @"(?![- ]?(proof|free|tight))|漏水|漏液|漏油|(isn'?t|is not|wasn'?t|was not|aren'?t|are not|not) (\w+ )?as (described|pictured|advertised|shown)|与描述不符|和描述不符|跟描述不符|描述不符|货不对板|(和|跟|与)图片(完全)?不一样|(received|got) (the |my |our |a |an |their )?(\w+ ){0,3}(smashed|broken|cracked|damaged|shattered|crushed)", Options)]
    private static partial Regex QualityComplaintRule();

    // Returns: Latin-only boundaries (B) where a plain word boundary is meant. A share of goods coming back may be named at
    // length ("30% of the earbuds we sell on ebay US get sent back"); buyers who come back to buy again are no returns.
    [GeneratedRegex(B + @"returns" + B + @"|" + B + @"return (rate|request|policy|label|shipping)s?" + B + @"|" + B + @"(wants?|want to|asked to|asking to|request(ed)? to) return" + B + @"|" + B + @"returned" + B + @"|" + B + @"RMA" + B + @"|reverse logistics|send(s|ing)? (it|them|(\w+ ){0,2}\w+) back|(\d+ ?%|\d+ percent|\d+ (in|out of) (every )?\d+|half|a third|a quarter|too many) (of )?((our|my|the|all) )?(\w+ ){0,8}?(comes?|came|coming|gets?|got|getting|are|is|were|being) (sent |shipped |returned )?back(?! (for (a|an|more|another|second|repeat)|to (buy|order|shop)|and (buy|order|reorder)|again)\b)|" + B + @"returning" + B + @"|(bring|take|give) (it|them) back for a refund|(pay|paying|cover|covering) (for )?(the )?return( (postage|shipping|label|costs?))?" + B + @"|退货|退回|退件|退换|逆向物流|退运|(要|想|申请|要求)退(掉|了)?(?!税)", Options)]
    private static partial Regex ReturnsRule();

    // LostParcel: Latin-only boundaries (B) where a plain word boundary is meant.
    [GeneratedRegex(@"lost (parcel|package|shipment|order|item|goods)s?|(items?|pieces?|units?|half (of )?the (order|goods|items)|part of the order) (\w+ ){0,2}(is |are |was |were )?missing|missing from (the |my |our )?(box|parcel|package|order|shipment)|少了\S{0,3}(件|个|样|箱|只|双)|缺了\S{0,3}(件|个|样|箱|只|双)|少发|漏发|缺件|少件|(parcel|package|shipment|order|item|goods)s? (\w+ ){0,3}(lost|missing|never arrived|never delivered|disappeared)|never (arrived|received|got delivered)|tracking (has ?n'?t|hasnt|has not|not|no longer|stopped|isn'?t|is not|wasn'?t) (been )?updat\w*|no tracking updates?|lost in transit|(didn'?t|did not) arrive|not (been )?delivered yet|stuck in transit|丢件|丢包|丢了|丢失|没收到|没有收到|未收到|没(有)?动静|不动了|一直没到|还没到|物流\S{0,6}没(有)?更新|(物流|轨迹|追踪)(信息)?不更新|查不到物流|物流停滞|下落不明|不见了|查不到|没到|卡住不动|没动|一直在途|弄丢|没有更新|没更新|never (showed up|came|got it|reached)|nothing (ever )?(came|arrived|showed up|turned up|got there)|(hasn'?t|has not|haven'?t|didn'?t|did not) (been )?(received|arrived|moved|come|shown up)|not received|no updates?" + B + @"|tracking (shows nothing|number (is )?not working|(is )?dead|stuck|says in transit)|(lost|lose|misplaced) (my |the |our |a )?(\w+ )?(box|parcel|package|shipment|order|goods|item)s?|(parcel|package|shipment|order|box) (is |got |was )?(lost|missing)", Options)]
    private static partial Regex LostParcelRule();

    // AccountSuspension: Latin-only boundaries (B) where a plain word boundary is meant.
    [GeneratedRegex(@"suspen\w*|deactivat\w*|" + B + @"banned" + B + @"|" + B + @"ban" + B + @"|account (blocked|frozen|closed|disabled|locked|terminated|health)|(store|shop|account) (was |got |has been |is )?(closed|blocked|frozen|disabled|terminated|locked)|funds? (are |is )?(frozen|on hold|withheld)|frozen funds|封号|封店|被封|冻结|停用|暂停销售|账号异常|账户被|关店|(封|关)了?(我的|我们的)?(店|账号|帐号)|(店铺|店|账号|帐号|账户)(被)?(封|关|停)了|店铺被暂停|被暂停|账号在审核|不可售|受限|(closed|shut down|froze|frozen|blocked) (my|our|the) (store|shop|account|funds|payouts?)|froze (\w+ ){0,2}(funds|payouts?|payments?)|account (is )?under review|payouts? (are |is )?(frozen|on hold)", Options)]
    private static partial Regex AccountSuspensionRule();

    // FalseAdvertising: Latin-only boundaries (B) where a plain word boundary is meant.
    [GeneratedRegex(@"false advertis\w*|misleading|false (\w+ )?claims?|exaggerat\w*|deceptive (ads?|advertising|claims|marketing)|overclaim\w*|false publicity|虚假宣传|夸大宣传|虚假广告|夸大|误导|不实宣传|虚假描述|虚假", Options)]
    private static partial Regex FalseAdvertisingRule();

    // PriceWar: Latin-only boundaries (B) where a plain word boundary is meant. The price told as pushed down in any words
    // ("价格越打越低", "价格被压得很低") and the profit told as gone ("基本没利润", "快亏本了", "we barely make anything") are the
    // price war told as a situation, as the playbook's own keywords say it.
    [GeneratedRegex(@"price war|price[- ]cutting|undercut\w*|race to the bottom|(competitors?|rivals?|sellers?|others) (\w+ ){0,3}(cheaper|lower (the )?prices?|cut (their )?prices?|dump\w*)|low[- ]price competition|price competition|margins? (are |is )?(shrinking|squeezed|too thin|disappearing)|homogeneous products|copycat\w*|价格战|低价竞争|打价格|压价|同质化|内卷|比我们便宜|比我便宜|利润越来越(低|薄)|恶性竞争|降价竞争|一直降价|降价|跟卖|一半价格|便宜一半|压价|低价|cut(ting)? (their |the )?prices?|half the price|cheaper than (me|us|mine|ours)|below (my|our) cost|sell (\w+ ){0,3}(cheaper|for less)|价格(被|越)?[^，,。]{0,4}(压|打|降|拉)[^，,。]{0,3}(低|狠|烂)|亏本|(没|没有|赚不到)(什么)?利润|利润(很|太|越来越)?(低|薄)|(barely|hardly) mak\w* (anything|any money|a profit)|no (profit|margin)s?( left)?", Options)]
    private static partial Regex PriceWarRule();
}
