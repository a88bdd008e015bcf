using System.Text.RegularExpressions;

namespace CrossBorderBot.Knowledge.Answering;

/// <summary>
/// How long one procedure takes ("bis registration how many weeks", "walmart approval time", "how many days does amazon take
/// to pay out", "FBA入仓排队要几天", "SABER证书几周能办下来"): the answer needs a sentence that gives a time it takes and speaks of
/// that procedure — not another length of time the entry writes (a return window, a channel's transit days, how long a file is
/// kept). Split from <see cref="AskedFigure"/>.
/// </summary>
internal static partial class ProcedureTime
{
    // The words of one procedure, in the question and in the sentence that gives its time: approving and reviewing, registering,
    // certifying, testing, applying, auditing, appealing, reinstating, paying out, receiving stock into a warehouse.
    private static readonly Regex[] Procedures =
    [
        new(@"\bapprov\w*|批准|获批|审批|审核", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\breview\w*|审核|审查", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\bregist\w*|注册|登记|备案", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\bcertif\w*|认证|证书|下证|拿证|出证", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\btest\w*|检测|测试", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\bappl(?:y|ies|ication)\w*|申请", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\baudit\w*|验厂", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\bappeal\w*|申诉", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\breinstat\w*|恢复", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\bpay\s*outs?\b|\bpaid out\b|\bdisburs\w*|\bsettle\w*|回款|放款|到账|结算|提现", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        new(@"\breceiv\w*|\binbound\b|\bcheck[- ]?in\b|入仓|入库|上架|排队", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
    ];

    /// <summary>Whether the question asks how long a procedure takes.</summary>
    public static bool Asked(QuestionAnalysis q) => ProcedureTimeAsked().IsMatch(q.Text) || ProcedureTimeNamed().IsMatch(q.Text);

    /// <summary>
    /// Whether one of the sentences gives the time the asked procedure takes: a time it takes, of the procedure the question
    /// names when it names one. True when the question asks no procedure's time.
    /// </summary>
    public static bool GivenBy(QuestionAnalysis q, IReadOnlyList<string> sentences)
    {
        if (!Asked(q))
        {
            return true;
        }

        var asked = Procedures.Where(p => p.IsMatch(q.TextWithoutNames())).ToList();
        return sentences.Any(s => TimeItTakes().IsMatch(s) && EntryMentions.DurationPattern().IsMatch(s) && (asked.Count == 0 || asked.Any(p => p.IsMatch(s))));
    }

    // How long getting something done takes: a length of time asked beside a procedure ("registration how many weeks",
    // "how long does CE marking take", "认证要多久", "how many days … to pay out", "入仓排队要几天", "几周能办下来").
    [GeneratedRegex(@"(?:how long|how many (?:days|weeks|months)|多久|多长时间|几周|几个月|几天)[^?？]{0,40}(?:\b(?:take|takes|registration|register|certification|certify|certificate|approval|approve|application|testing|audit|review|reinstat\w*|appeal|pay\s*outs?|payouts?|paid out|receiving|inbound|check[- ]?in)\b|注册|认证|申请|审核|审批|检测|下证|拿证|出证|办理|办下来|恢复|申诉|回款|放款|到账|入仓|入库|上架|排队)|(?:\b(?:registration|certification|certificate|approval|application|testing|audit|review|reinstatement|appeal|payouts?|receiving|inbound|check[- ]?in)\b|注册|认证|证书|申请|审核|审批|检测|下证|拿证|出证|办理|恢复|申诉|回款|放款|到账|入仓|入库|上架|排队)[^?？]{0,40}(?:how long|how many (?:days|weeks|months)|多久|多长时间|几周|几个月|几天)", RegexOptions.IgnoreCase)]
    private static partial Regex ProcedureTimeAsked();

    // "approval time", "review time before opening", "processing time in weeks", "lead time in weeks", "审核周期": how long a
    // procedure takes, named.
    [GeneratedRegex(@"\b(?:approval|review|processing|registration|certification|onboarding|verification|vetting|payout)\s+(?:time|times|period|duration)\b|\blead[- ]?times?\b|审核(?:时间|周期|时长)|审批(?:时间|周期)|下证(?:时间|周期)|回款周期|放款周期", RegexOptions.IgnoreCase)]
    private static partial Regex ProcedureTimeNamed();

    // A sentence that says how long something takes to get done, not how long something lasts or is kept.
    [GeneratedRegex(@"\b(?:takes?|taking|took|within|processing|processed|turnaround|lead time|issued|approved|classified|allow)\b|以内|之内|内完成|需要|需时|审核|办理|周期|工作日内", RegexOptions.IgnoreCase)]
    private static partial Regex TimeItTakes();
}
