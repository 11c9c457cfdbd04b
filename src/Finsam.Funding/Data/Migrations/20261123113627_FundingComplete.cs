using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Finsam.Funding.Data.Migrations
{
    /// <inheritdoc />
    public partial class FundingComplete : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "declined_ore",
                table: "allocations",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "announcements",
                columns: table => new
                {
                    federation_id = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    state_amount_ore = table.Column<long>(type: "bigint", nullable: false),
                    announced_on = table.Column<DateOnly>(type: "date", nullable: false),
                    source = table.Column<string>(type: "text", nullable: false),
                    request_id = table.Column<string>(type: "text", nullable: true),
                    create_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_announcements", x => new { x.federation_id, x.year, x.sequence });
                    table.ForeignKey(
                        name: "FK_announcements_allocations_federation_id_year",
                        columns: x => new { x.federation_id, x.year },
                        principalTable: "allocations",
                        principalColumns: new[] { "federation_id", "year" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "commitments",
                columns: table => new
                {
                    federation_id = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    member_id = table.Column<string>(type: "text", nullable: false),
                    committed_ore = table.Column<long>(type: "bigint", nullable: false),
                    update_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commitments", x => new { x.federation_id, x.year, x.member_id });
                    table.ForeignKey(
                        name: "FK_commitments_allocations_federation_id_year",
                        columns: x => new { x.federation_id, x.year },
                        principalTable: "allocations",
                        principalColumns: new[] { "federation_id", "year" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "instalment_plans",
                columns: table => new
                {
                    federation_id = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    frequency = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instalment_plans", x => new { x.federation_id, x.year });
                    table.ForeignKey(
                        name: "FK_instalment_plans_federations_federation_id",
                        column: x => x.federation_id,
                        principalTable: "federations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "invoices",
                columns: table => new
                {
                    federation_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    member_id = table.Column<string>(type: "text", nullable: false),
                    instalment = table.Column<int>(type: "integer", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    amount_ore = table.Column<long>(type: "bigint", nullable: false),
                    create_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoices", x => new { x.federation_id, x.id });
                    table.ForeignKey(
                        name: "FK_invoices_federations_federation_id",
                        column: x => x.federation_id,
                        principalTable: "federations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "other_income",
                columns: table => new
                {
                    federation_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    amount_ore = table.Column<long>(type: "bigint", nullable: false),
                    note = table.Column<string>(type: "text", nullable: false),
                    request_id = table.Column<string>(type: "text", nullable: true),
                    create_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_other_income", x => new { x.federation_id, x.id });
                    table.ForeignKey(
                        name: "FK_other_income_federations_federation_id",
                        column: x => x.federation_id,
                        principalTable: "federations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "payments",
                columns: table => new
                {
                    federation_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<string>(type: "text", nullable: false),
                    invoice_id = table.Column<string>(type: "text", nullable: false),
                    amount_ore = table.Column<long>(type: "bigint", nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reference = table.Column<string>(type: "text", nullable: false),
                    request_id = table.Column<string>(type: "text", nullable: false),
                    create_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments", x => new { x.federation_id, x.id });
                    table.ForeignKey(
                        name: "FK_payments_invoices_federation_id_invoice_id",
                        columns: x => new { x.federation_id, x.invoice_id },
                        principalTable: "invoices",
                        principalColumns: new[] { "federation_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_announcements_federation_id_request_id",
                table: "announcements",
                columns: new[] { "federation_id", "request_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_other_income_federation_id_request_id",
                table: "other_income",
                columns: new[] { "federation_id", "request_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_payments_federation_id_invoice_id",
                table: "payments",
                columns: new[] { "federation_id", "invoice_id" });

            migrationBuilder.CreateIndex(
                name: "IX_payments_federation_id_request_id",
                table: "payments",
                columns: new[] { "federation_id", "request_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "announcements");

            migrationBuilder.DropTable(
                name: "commitments");

            migrationBuilder.DropTable(
                name: "instalment_plans");

            migrationBuilder.DropTable(
                name: "other_income");

            migrationBuilder.DropTable(
                name: "payments");

            migrationBuilder.DropTable(
                name: "invoices");

            migrationBuilder.DropColumn(
                name: "declined_ore",
                table: "allocations");
        }
    }
}
