using System.Numerics;
using CsCheck;
using GovernanceRewards.Rewards.Allocation;

namespace GovernanceRewards.Rewards.Tests.Allocation;

public sealed class ParticipationTests
{
    private static readonly Gen<string> Voter = Gen.Int[0, 20].Select(i => "0x" + i.ToString("x40", System.Globalization.CultureInfo.InvariantCulture));

    private static readonly Gen<CastVote> Vote =
        Gen.Select(Voter, Gen.Int[1, 6], Gen.Byte[0, 2], Gen.Long[0, 1_000_000], Gen.Bool,
            (voter, proposal, support, weight, inWindow) => new CastVote(voter, proposal, support, weight, inWindow));

    private static readonly Gen<Dictionary<BigInteger, ProposalStanding>> Proposals =
        Gen.Select(Gen.Long[0, 2_000_000], Gen.Bool).Array[6].Select(standings => standings
            .Select((s, i) => (Id: (BigInteger)(i + 1), Standing: new ProposalStanding(s.Item1, s.Item2)))
            .ToDictionary(p => p.Id, p => p.Standing));

    [Fact]
    public void Creating_proposals_that_never_reach_quorum_or_are_canceled_raises_nobodys_credit()
    {
        Gen.Select(Vote.List[0, 40], Proposals, Vote.List[1, 30], Gen.Bool).Sample((votes, proposals, spamVotes, canceled) =>
        {
            var before = Participation.Credit(votes, proposals);
            // Spam proposals 100..: each either canceled or with a quorum above everything its votes bring.
            var spam = spamVotes.Select((v, i) => v with { ProposalId = 100 + i % 3 }).ToList();
            var withSpam = new Dictionary<BigInteger, ProposalStanding>(proposals);
            for (var id = 100; id < 103; id++)
            {
                var cast = spam.Where(v => v.ProposalId == id).Aggregate(BigInteger.Zero, (s, v) => s + v.Weight);
                withSpam[id] = canceled ? new ProposalStanding(1, Canceled: true) : new ProposalStanding(cast + 1, Canceled: false);
            }
            Assert.Equal(before, Participation.Credit(votes.Concat(spam), withSpam));
        });
    }

    [Fact]
    public void Splitting_a_voters_weight_over_addresses_credits_the_same_weight_in_all()
    {
        Gen.Select(Vote.List[1, 40], Proposals, Gen.Int[2, 8]).Sample((votes, proposals, parts) =>
        {
            var holder = votes[0].Voter;
            var split = votes.SelectMany(v => v.Voter != holder
                ? [v]
                : Enumerable.Range(0, parts).Select(k => v with
                {
                    Voter = k == 0 ? holder : $"0x{k:x4}{holder[6..]}",
                    Weight = v.Weight / parts + (k == 0 ? v.Weight % parts : 0),
                })).ToList();
            var alone = Participation.Credit(votes, proposals).GetValueOrDefault(holder);
            var together = Participation.Credit(split, proposals)
                .Where(c => c.Key[6..] == holder[6..]).Aggregate(BigInteger.Zero, (s, c) => s + c.Value);
            Assert.Equal(alone, together);
        });
    }

    [Fact]
    public void A_vote_of_weight_zero_or_outside_the_window_earns_no_credit()
    {
        var proposals = new Dictionary<BigInteger, ProposalStanding> { [1] = new(10, false) };
        var credit = Participation.Credit(
        [
            new CastVote("0xaa", 1, 1, 10, InWindow: false),
            new CastVote("0xbb", 1, 1, 0, InWindow: true),
            new CastVote("0xcc", 1, 0, 5, InWindow: true),
        ], proposals);
        // aa's earlier vote brings the quorum, but only cc voted inside the window with weight.
        Assert.Equal(new Dictionary<string, BigInteger> { ["0xcc"] = 5 }, credit);
    }

    [Fact]
    public void Against_votes_earn_credit_but_do_not_count_towards_quorum()
    {
        var proposals = new Dictionary<BigInteger, ProposalStanding> { [1] = new(10, false) };
        Assert.Empty(Participation.Credit([new CastVote("0xaa", 1, 0, 50, true), new CastVote("0xbb", 1, 1, 9, true)], proposals));
        Assert.Equal(2, Participation.Credit([new CastVote("0xaa", 1, 0, 50, true), new CastVote("0xbb", 1, 2, 10, true)], proposals).Count);
    }
}
