using System.Globalization;
using System.Numerics;
using System.Text;
using GovernanceRewards.Chain;
using GovernanceRewards.Chain.Bindings.ContributionRegistry.ContractDefinition;
using GovernanceRewards.Content;
using GovernanceRewards.Governance.Voting;
using GovernanceRewards.Rewards.Merkle;
using GovernanceRewards.Testing;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Distributor = GovernanceRewards.Chain.Bindings.RewardDistributor.ContractDefinition;
using Pool = GovernanceRewards.Chain.Bindings.StakingPool.ContractDefinition;
using Token = GovernanceRewards.Chain.Bindings.GovToken.ContractDefinition;

namespace GovernanceRewards.GasReport;

/// <summary>One measured operation, with the plain reference's gas and the target where the design sets one.</summary>
internal sealed record GasRow(string Operation, BigInteger Gas, BigInteger? Reference = null, int? Target = null);

/// <summary>
/// Runs every user-facing call once on a fresh anvil chain through the generated bindings and reads the gas from
/// the receipts. Claims are against a tree of 100,000 fresh recipients (17-level proofs), as in the design's anchors.
/// </summary>
internal static class GasMeasurements
{
    private const int TreeSize = 100_000;
    private static readonly BigInteger Ether = BigInteger.Pow(10, 18);

    public static async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var chain = new ChainFixture();
        await chain.InitializeAsync();
        try
        {
            var rows = new List<GasRow>();
            // The 100,000-leaf epoch needs about 50 million tokens in the treasury.
            var suite = await chain.DeploySuiteAsync(new Chain.Deployment.DeployParameters { TreasuryTokens = 1_000_000_000 });
            rows.AddRange(ContractArtifacts.Names.Select(name => new GasRow($"deploy {name}", suite.Manifest[name].GasUsed)));
            await MeasureGovernanceAndStakingAsync(chain, suite, rows);
            await MeasureRegistryAsync(chain, suite, rows);
            cancellationToken.ThrowIfCancellationRequested();
            await MeasureDistributorAsync(chain, suite, rows);
            var node = await chain.Node.RpcAsync("anvil_nodeInfo", [], cancellationToken);
            return Render(rows, node.GetProperty("hardFork").GetString() ?? "unknown");
        }
        finally
        {
            await chain.DisposeAsync();
        }
    }

    private static async Task MeasureGovernanceAndStakingAsync(ChainFixture chain, Suite suite, List<GasRow> rows)
    {
        foreach (var (holder, tokens) in new[] { (1, 20_000), (2, 15_000), (3, 30_000) })
        {
            await suite.Token(0).TransferRequestAndWaitForReceiptAsync(chain.Address(holder), tokens * Ether);
            await suite.Token(holder).DelegateRequestAndWaitForReceiptAsync(chain.Address(holder));
        }
        await suite.Token(3).ApproveRequestAndWaitForReceiptAsync(suite.PoolAddress, 30_000 * Ether);
        rows.Add(new("stake (first)", Gas(await suite.Pool(3).StakeRequestAndWaitForReceiptAsync(25_000 * Ether))));
        rows.Add(new("requestWithdrawal", Gas(await suite.Pool(3).RequestWithdrawalRequestAndWaitForReceiptAsync(1_000 * Ether))));
        await chain.Node.IncreaseTimeAsync(await suite.Pool().WithdrawalCooldownQueryAsync());
        rows.Add(new("withdraw (after the cooldown)", Gas(await suite.Pool(3).WithdrawRequestAndWaitForReceiptAsync())));

        var actions = new[] { ProposalAction.Of(suite.PoolAddress, new Pool.NotifyRewardAmountFunction { Amount = Ether, Duration = 100 }) };
        var proposalId = await GovernanceCycle.ProposeAsync(chain, suite, 1, actions, "Gas report proposal");
        rows.Add(new("castVote", Gas(await suite.Governor(1).CastVoteRequestAndWaitForReceiptAsync(proposalId, GovernanceCycle.For))));
        var voter = chain.Key(2);
        var ballot = new Ballot
        {
            ProposalId = proposalId, Support = GovernanceCycle.For, Voter = voter.Address,
            Nonce = await suite.Governor().NoncesQueryAsync(voter.Address, proposalId),
        };
        var signature = SignedBallot.Sign(ballot, voter, chain.Node.ChainId, suite.GovernorAddress);
        rows.Add(new("castVoteBySig (relayed)", Gas(await suite.Governor(9).CastVoteBySigRequestAndWaitForReceiptAsync(proposalId, GovernanceCycle.For, voter.Address, signature))));

        await suite.AsTreasuryAsync(suite.TokenAddress, new Token.ApproveFunction { Spender = suite.PoolAddress, Value = 1_000 * Ether });
        await suite.AsTreasuryAsync(suite.PoolAddress, new Pool.NotifyRewardAmountFunction { Amount = 1_000 * Ether, Duration = 100 });
        await chain.Node.IncreaseTimeAsync(50);
        rows.Add(new("staking claim", Gas(await suite.Pool(3).ClaimRequestAndWaitForReceiptAsync())));
    }

    private static async Task MeasureRegistryAsync(ChainFixture chain, Suite suite, List<GasRow> rows)
    {
        var evidence = Nethereum.Util.Sha3Keccack.Current.CalculateHash(System.Text.Encoding.UTF8.GetBytes("ipfs://evidence"));
        rows.Add(new("record (single)", Gas(await suite.Registry(0).RecordRequestAndWaitForReceiptAsync(chain.Address(4), 2, 100, evidence, Cid.RawCodec))));
        var batch = Enumerable.Range(0, 100).Select(i => new Contribution
        {
            Contributor = chain.Address(4 + i % 5), Kind = (byte)(i % 5), Units = 1 + i, EvidenceDigest = evidence, EvidenceCodec = Cid.RawCodec,
        }).ToList();
        var receipt = await suite.Registry(0).RecordBatchRequestAndWaitForReceiptAsync(batch);
        rows.Add(new("recordBatch, per contribution (100)", Gas(receipt) / 100, Target: 8_000));
    }

    private static async Task MeasureDistributorAsync(ChainFixture chain, Suite suite, List<GasRow> rows)
    {
        var random = new Random(7);
        var leaves = Enumerable.Range(0, TreeSize).Select(_ =>
        {
            var address = new byte[20];
            random.NextBytes(address);
            return new RewardLeaf(address.ToHex(true), random.Next(1, 1_000) * Ether);
        }).ToList();
        var first = StandardMerkleTree.Of(leaves);
        var budget = leaves.Aggregate(BigInteger.Zero, (sum, leaf) => sum + leaf.CumulativeTotal);
        var claimant = Enumerable.Range(0, TreeSize).First(i => first.GetProof(i).Count == 17);
        // Batches as the payout job makes them: neighbours in the tree, which share most of their multiproof.
        var inTreeOrder = Enumerable.Range(0, TreeSize).Where(i => i != claimant).OrderBy(first.TreeIndexOf).ToList();
        var batch10 = inTreeOrder.Take(10).ToList();
        var batch100 = inTreeOrder.Skip(10).Take(100).ToList();

        var fund = await FundAsync(suite, 1, budget);
        rows.Add(new("fundEpoch", Gas(fund)));
        // Real tree URIs are ipfs:// and a 59-character CIDv1 (66 bytes in all): gas grows with the string.
        rows.Add(new("postRoot (first root)", Gas(await suite.Distributor().PostRootRequestAndWaitForReceiptAsync(1, first.Root, budget, TreeUri(1))), Target: 80_000));
        await chain.Node.IncreaseTimeAsync(suite.Manifest.Parameters.ResolveFor(suite.Manifest.ChainId).DisputeWindowSeconds!.Value);
        // The payout job accepts a matured root before paying, so every claim verifies against one stored root.
        rows.Add(new("acceptRoot (first root)", Gas(await suite.Distributor(5).AcceptRootRequestAndWaitForReceiptAsync())));

        var reference = await ReferenceDistributor.DeployAsync(chain.Web3For(0), chain.Address(0), budget + Ether, first.Root);
        rows.Add(new("claim, fresh recipient, 17-level proof", Gas(await ClaimAsync(suite, first, claimant)),
            await reference.ClaimAsync(first, claimant), Target: 92_000));
        rows.Add(new("claimMany, per fresh recipient (10)", Gas(await ClaimManyAsync(suite, first, batch10)) / 10,
            await reference.ClaimManyAsync(first, batch10) / 10));
        rows.Add(new("claimMany, per fresh recipient (100)", Gas(await ClaimManyAsync(suite, first, batch100)) / 100,
            await reference.ClaimManyAsync(first, batch100) / 100, Target: 60_000));

        leaves[claimant] = leaves[claimant] with { CumulativeTotal = leaves[claimant].CumulativeTotal + Ether };
        var second = StandardMerkleTree.Of(leaves);
        await FundAsync(suite, 2, Ether);
        rows.Add(new("postRoot (second root)", Gas(await suite.Distributor().PostRootRequestAndWaitForReceiptAsync(2, second.Root, budget + Ether, TreeUri(2))), Target: 80_000));
        await chain.Node.IncreaseTimeAsync(suite.Manifest.Parameters.ResolveFor(suite.Manifest.ChainId).DisputeWindowSeconds!.Value);
        await suite.Distributor(5).AcceptRootRequestAndWaitForReceiptAsync();
        await reference.SetRootAsync(second.Root);
        rows.Add(new("claim, repeat by a holder (next epoch)", Gas(await ClaimAsync(suite, second, claimant)),
            await reference.ClaimAsync(second, claimant), Target: 55_000));

        await FundAsync(suite, 3, Ether);
        rows.Add(new("postRoot (steady state)", Gas(await suite.Distributor().PostRootRequestAndWaitForReceiptAsync(3, second.Root, budget + Ether, TreeUri(3))), Target: 80_000));
        await chain.Node.IncreaseTimeAsync(suite.Manifest.Parameters.ResolveFor(suite.Manifest.ChainId).DisputeWindowSeconds!.Value);
        rows.Add(new("acceptRoot (steady state)", Gas(await suite.Distributor(5).AcceptRootRequestAndWaitForReceiptAsync())));
    }

    private static async Task<TransactionReceipt> FundAsync(Suite suite, ulong epoch, BigInteger budget)
    {
        await suite.AsTreasuryAsync(suite.TokenAddress, new Token.ApproveFunction { Spender = suite.DistributorAddress, Value = budget });
        return await suite.AsTreasuryAsync(suite.DistributorAddress, new Distributor.FundEpochFunction
        {
            Epoch = epoch, Budget = budget, WindowStart = epoch, WindowEnd = epoch + 1, PolicyHash = new byte[32],
        });
    }

    private static Task<TransactionReceipt> ClaimAsync(Suite suite, StandardMerkleTree tree, int index) =>
        suite.Distributor(5).ClaimRequestAndWaitForReceiptAsync(tree.Values[index].Account, tree.Values[index].CumulativeTotal, [.. tree.GetProof(index)]);

    private static Task<TransactionReceipt> ClaimManyAsync(Suite suite, StandardMerkleTree tree, IReadOnlyList<int> indexes)
    {
        var multi = tree.GetMultiProof(indexes);
        return suite.Distributor(5).ClaimManyRequestAndWaitForReceiptAsync(
            [.. multi.Leaves.Select(l => l.Account)], [.. multi.Leaves.Select(l => l.CumulativeTotal)], [.. multi.Proof], [.. multi.ProofFlags]);
    }

    /// <summary>The URI the host posts: ipfs:// and the CID of a tree dump (here, of the epoch number's text).</summary>
    private static string TreeUri(int epoch) =>
        GovernanceRewards.Content.UnixFs.Import(System.Text.Encoding.UTF8.GetBytes($"epoch {epoch}")).Root.ToUri();

    private static BigInteger Gas(TransactionReceipt receipt) =>
        receipt.Status.Value == 1 ? receipt.GasUsed.Value : throw new InvalidOperationException($"transaction {receipt.TransactionHash} reverted");

    private static string Render(IEnumerable<GasRow> rows, string hardFork)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# Gas report\n\nProduced by `bench/gas-report` on anvil (hardfork {hardFork}), solc 0.8.28, optimizer 10,000 runs.");
        text.AppendLine("Reference: a plain OpenZeppelin ERC20 + MerkleProof distributor (`bench/GasReport/reference/`), same tree, same chain.\n");
        text.AppendLine("| operation | gas | reference | ratio | target |");
        text.AppendLine("|---|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            var reference = row.Reference is { } r ? r.ToString("N0", CultureInfo.InvariantCulture) : "";
            var ratio = row.Reference is { } baseline ? ((double)row.Gas / (double)baseline).ToString("0.000", CultureInfo.InvariantCulture) : "";
            var target = row.Target is { } t ? $"< {t:N0} {(row.Gas < t ? "met" : "**missed**")}" : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Operation} | {row.Gas:N0} | {reference} | {ratio} | {target} |");
        }
        return text.ToString();
    }
}
