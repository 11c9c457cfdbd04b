using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Finsam.Grants.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_records",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    federation = table.Column<string>(type: "text", nullable: false),
                    time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    action = table.Column<string>(type: "text", nullable: false),
                    resource = table.Column<string>(type: "text", nullable: false),
                    before = table.Column<string>(type: "jsonb", nullable: true),
                    after = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_records", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "efforts",
                columns: table => new
                {
                    federation_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<string>(type: "text", nullable: false),
                    display_name = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    cost_group = table.Column<string>(type: "text", nullable: false),
                    owner = table.Column<string>(type: "text", nullable: false),
                    target_group = table.Column<string>(type: "text", nullable: false),
                    municipality = table.Column<string>(type: "text", nullable: false),
                    start_on = table.Column<DateOnly>(type: "date", nullable: true),
                    end_on = table.Column<DateOnly>(type: "date", nullable: true),
                    cost_lines = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    @public = table.Column<bool>(name: "public", type: "boolean", nullable: false),
                    request_id = table.Column<string>(type: "text", nullable: true),
                    create_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    update_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_efforts", x => new { x.federation_id, x.id });
                });

            migrationBuilder.CreateTable(
                name: "reservations",
                columns: table => new
                {
                    federation_id = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    amount_ore = table.Column<long>(type: "bigint", nullable: false),
                    label = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reservations", x => new { x.federation_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    federation_id = table.Column<string>(type: "text", nullable: false),
                    id = table.Column<string>(type: "text", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reference_number = table.Column<string>(type: "text", nullable: false),
                    effort_id = table.Column<string>(type: "text", nullable: false),
                    granted_years = table.Column<List<int>>(type: "integer[]", nullable: false),
                    request_id = table.Column<string>(type: "text", nullable: true),
                    create_time = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_decisions", x => new { x.federation_id, x.id });
                    table.ForeignKey(
                        name: "FK_decisions_efforts_federation_id_effort_id",
                        columns: x => new { x.federation_id, x.effort_id },
                        principalTable: "efforts",
                        principalColumns: new[] { "federation_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "follow_ups",
                columns: table => new
                {
                    federation_id = table.Column<string>(type: "text", nullable: false),
                    effort_id = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    planned_participants = table.Column<int>(type: "integer", nullable: false),
                    actual_participants = table.Column<int>(type: "integer", nullable: false),
                    finished_to_work = table.Column<int>(type: "integer", nullable: false),
                    finished_to_studies = table.Column<int>(type: "integer", nullable: false),
                    indicators = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follow_ups", x => new { x.federation_id, x.effort_id, x.year });
                    table.ForeignKey(
                        name: "FK_follow_ups_efforts_federation_id_effort_id",
                        columns: x => new { x.federation_id, x.effort_id },
                        principalTable: "efforts",
                        principalColumns: new[] { "federation_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_records_federation_sequence",
                table: "audit_records",
                columns: new[] { "federation", "sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_decisions_federation_id_effort_id",
                table: "decisions",
                columns: new[] { "federation_id", "effort_id" });

            migrationBuilder.CreateIndex(
                name: "IX_decisions_federation_id_request_id",
                table: "decisions",
                columns: new[] { "federation_id", "request_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_efforts_federation_id_request_id",
                table: "efforts",
                columns: new[] { "federation_id", "request_id" },
                unique: true);

            migrationBuilder.Sql(Finsam.ServiceKit.Audit.AuditTrailSql.MakeAppendOnly);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Finsam.ServiceKit.Audit.AuditTrailSql.Drop);

            migrationBuilder.DropTable(
                name: "audit_records");

            migrationBuilder.DropTable(
                name: "decisions");

            migrationBuilder.DropTable(
                name: "follow_ups");

            migrationBuilder.DropTable(
                name: "reservations");

            migrationBuilder.DropTable(
                name: "efforts");
        }
    }
}
