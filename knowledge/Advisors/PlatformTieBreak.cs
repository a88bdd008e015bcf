using CrossBorderBot.Knowledge.Model;

namespace CrossBorderBot.Knowledge.Advisors;

/// <summary>The platform verdict's one line on two platforms with the same fit: which is listed first, and why.</summary>
internal static class PlatformTieBreak
{
    /// <summary>
    /// Why the first of two platforms with the same score is listed first, by the key that decided the order (the lower
    /// running cost, else the lower top commission); when neither differs, the order is only alphabetical and no
    /// reason is claimed.
    /// </summary>
    public static (string En, string Zh) Reason(Platform first, Platform second)
    {
        var name = (En: second.Name.En, Zh: second.Name.ZhCn);
        var (firstCost, secondCost) = (first.Fit.MinMonthlyBudgetUsd, second.Fit.MinMonthlyBudgetUsd);
        if (firstCost < secondCost)
        {
            return (PlatformAdvisor.Say($"It ties with {name.En} at the same fit and is listed first because it costs less to run (about ${firstCost:0}/month against ${secondCost:0})."),
                PlatformAdvisor.Say($"与{name.Zh}匹配度相同，因运营成本更低（约每月 {firstCost:0} 美元，对方约 {secondCost:0} 美元）排在前面。"));
        }

        var (firstCommission, secondCommission) = (first.Fees.CommissionPercent?.Max ?? 0m, second.Fees.CommissionPercent?.Max ?? 0m);
        if (firstCommission < secondCommission)
        {
            return (PlatformAdvisor.Say($"It ties with {name.En} at the same fit and is listed first because its commission goes up to {firstCommission:0.#}% against {secondCommission:0.#}%."),
                PlatformAdvisor.Say($"与{name.Zh}匹配度相同，因佣金上限更低（{firstCommission:0.#}%，对方 {secondCommission:0.#}%）排在前面。"));
        }

        return (PlatformAdvisor.Say($"It ties with {name.En} at the same fit: either is a good first choice."),
            PlatformAdvisor.Say($"与{name.Zh}匹配度相同，两者都可以作为首选。"));
    }
}
