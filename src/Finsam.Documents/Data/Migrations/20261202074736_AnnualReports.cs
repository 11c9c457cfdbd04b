using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Finsam.Documents.Data.Migrations
{
    /// <inheritdoc />
    public partial class AnnualReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every template, text and version stored before annual reports is a plan's.
            migrationBuilder.DropForeignKey(
                name: "FK_document_files_document_versions_federation_id_year_version",
                table: "document_files");

            migrationBuilder.DropPrimaryKey(
                name: "PK_plan_texts",
                table: "plan_texts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_document_versions",
                table: "document_versions");

            migrationBuilder.DropIndex(
                name: "IX_document_versions_federation_id_year_request_id",
                table: "document_versions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_document_templates",
                table: "document_templates");

            migrationBuilder.DropPrimaryKey(
                name: "PK_document_files",
                table: "document_files");

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "plan_texts",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Plan");

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "document_versions",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Plan");

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "document_templates",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Plan");

            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "document_files",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Plan");

            migrationBuilder.AddPrimaryKey(
                name: "PK_plan_texts",
                table: "plan_texts",
                columns: new[] { "federation_id", "kind", "year" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_document_versions",
                table: "document_versions",
                columns: new[] { "federation_id", "kind", "year", "version" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_document_templates",
                table: "document_templates",
                columns: new[] { "federation_id", "kind" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_document_files",
                table: "document_files",
                columns: new[] { "federation_id", "kind", "year", "version", "format" });

            migrationBuilder.CreateIndex(
                name: "IX_document_versions_federation_id_kind_year_request_id",
                table: "document_versions",
                columns: new[] { "federation_id", "kind", "year", "request_id" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_document_files_document_versions_federation_id_kind_year_ve~",
                table: "document_files",
                columns: new[] { "federation_id", "kind", "year", "version" },
                principalTable: "document_versions",
                principalColumns: new[] { "federation_id", "kind", "year", "version" },
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_document_files_document_versions_federation_id_kind_year_ve~",
                table: "document_files");

            migrationBuilder.DropPrimaryKey(
                name: "PK_plan_texts",
                table: "plan_texts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_document_versions",
                table: "document_versions");

            migrationBuilder.DropIndex(
                name: "IX_document_versions_federation_id_kind_year_request_id",
                table: "document_versions");

            migrationBuilder.DropPrimaryKey(
                name: "PK_document_templates",
                table: "document_templates");

            migrationBuilder.DropPrimaryKey(
                name: "PK_document_files",
                table: "document_files");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "plan_texts");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "document_versions");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "document_templates");

            migrationBuilder.DropColumn(
                name: "kind",
                table: "document_files");

            migrationBuilder.AddPrimaryKey(
                name: "PK_plan_texts",
                table: "plan_texts",
                columns: new[] { "federation_id", "year" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_document_versions",
                table: "document_versions",
                columns: new[] { "federation_id", "year", "version" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_document_templates",
                table: "document_templates",
                column: "federation_id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_document_files",
                table: "document_files",
                columns: new[] { "federation_id", "year", "version", "format" });

            migrationBuilder.CreateIndex(
                name: "IX_document_versions_federation_id_year_request_id",
                table: "document_versions",
                columns: new[] { "federation_id", "year", "request_id" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_document_files_document_versions_federation_id_year_version",
                table: "document_files",
                columns: new[] { "federation_id", "year", "version" },
                principalTable: "document_versions",
                principalColumns: new[] { "federation_id", "year", "version" },
                onDelete: ReferentialAction.Cascade);
        }
    }
}
