using CrossBorderBot.Storage;

namespace CrossBorderBot.Plans;

/// <summary>Keeps the plans a user's guides produce in user state, which outlives any one conversation.</summary>
public sealed class PlanStore(BotStates states)
{
    private readonly IStatePropertyAccessor<SavedPlans> _plans = states.User.CreateProperty<SavedPlans>(nameof(SavedPlans));

    public async Task SaveAsync(ITurnContext turnContext, GuidePlan plan, CancellationToken cancellationToken)
    {
        var saved = await _plans.GetAsync(turnContext, () => new SavedPlans(), cancellationToken);
        saved.Plans.Insert(0, WithPlainLists(plan));
        if (saved.Plans.Count > SavedPlans.MaxPlans)
        {
            saved.Plans.RemoveRange(SavedPlans.MaxPlans, saved.Plans.Count - SavedPlans.MaxPlans);
        }
    }

    /// <summary>
    /// State is stored with .NET type names; the compiler's hidden types behind collection expressions cannot be
    /// rebuilt when the state is read back, so the plan's lists are copied into plain lists before saving.
    /// </summary>
    private static GuidePlan WithPlainLists(GuidePlan plan) => plan with
    {
        Sections = plan.Sections.Select(section => section with { Lines = section.Lines.ToList() }).ToList(),
        Sources = plan.Sources.ToList(),
        Caveats = plan.Caveats?.ToList(),
    };

    /// <summary>The newest plan, optionally of one guide; null when the user has none.</summary>
    public async Task<GuidePlan?> GetLastAsync(ITurnContext turnContext, string? guideId, CancellationToken cancellationToken)
    {
        var saved = await _plans.GetAsync(turnContext, () => new SavedPlans(), cancellationToken);
        return saved.Plans.FirstOrDefault(plan => guideId is null || plan.GuideId == guideId);
    }
}
